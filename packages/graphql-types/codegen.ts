import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema and every operation the SPAs (and the shared UI) send.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['../../apps/*/src/**/*.graphql', '../ui/src/**/*.graphql'],
  generates: {
    'src/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        useTypeImports: true,
        skipTypename: true,
        nonOptionalTypename: false,
        dedupeFragments: true,
      },
    },
  },
  hooks: {},
};

export default config;
