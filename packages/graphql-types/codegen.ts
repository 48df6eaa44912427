import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema and every operation the SPAs (and the shared UI) send.
// pending/: fields announced by the API team but not in schema.graphql yet (see the file's header).
const config: CodegenConfig = {
  schema: ['../../schema.graphql', 'pending/*.graphql'],
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
