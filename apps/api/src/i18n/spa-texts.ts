import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Reads the SPAs' sources (apps/sponsor|partner|admin/src, packages/ui/src) as text and finds
 * their translatable texts: the English literals passed to `t(…)` / `i18n.t(…)`, plus the texts
 * that escaped translation (JSX text, or a literal in a visible attribute such as `label="…"`).
 * Used by the catalogue test; packages/ui is an ES module that jest cannot load, hence the parsing.
 */
export const REPO_ROOT = path.join(__dirname, '../../../..');
const SOURCE_DIRS = ['apps/sponsor/src', 'apps/partner/src', 'apps/admin/src', 'packages/ui/src'];
export const LOCALES_DIR = path.join(REPO_ROOT, 'packages/ui/src/i18n/locales');

/** Attributes people read or hear; a plain string there must go through t(). */
const VISIBLE_ATTRIBUTES = new Set(['label', 'title', 'aria-label', 'intro', 'hint', 'submitLabel', 'sentMessage', 'caption', 'alt', 'placeholder', 'notice', 'message', 'heading', 'description']);

export interface TextUse {
  key: string;
  /** Called with `count`: i18next picks `<key>_one` / `<key>_other` by the language's plural rules. */
  plural: boolean;
  at: string;
}

export interface SpaTexts {
  uses: TextUse[];
  /** `t(someVariable)`: the catalogue cannot be checked for it. */
  dynamic: string[];
  /** Visible text not passed through t(). */
  untranslated: string[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

const isTranslateCall = (node: ts.CallExpression): boolean => {
  const callee = node.expression;
  return (ts.isIdentifier(callee) && callee.text === 't') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && ts.isIdentifier(callee.expression) && callee.expression.text === 'i18n');
};

export function scanSpaTexts(root = REPO_ROOT): SpaTexts {
  const result: SpaTexts = { uses: [], dynamic: [], untranslated: [] };
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const text = fs.readFileSync(file, 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments.length > 0) {
          const [first, options] = node.arguments;
          if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) {
            const plural = !!options && ts.isObjectLiteralExpression(options) && options.properties.some((p) => p.name?.getText() === 'count');
            result.uses.push({ key: first.text, plural, at: where(node) });
          } else result.dynamic.push(`${where(node)} t(${first.getText()})`);
        } else if (ts.isJsxText(node) && /[A-Za-z]{2}/.test(node.text)) {
          result.untranslated.push(`${where(node)} ${node.text.trim()}`);
        } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && /[A-Za-z]{2}/.test(node.initializer.text)) {
          result.untranslated.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return result;
}

/** The `{{name}}` placeholders of a message, sorted and without duplicates. */
export const placeholders = (message: string): string[] => [...new Set([...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();

/** i18next's plural suffixes (CLDR categories). */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function readCatalogue(code: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${code}.json`), 'utf8')) as Record<string, string>;
}
