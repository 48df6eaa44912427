import { SalesforceError } from '../salesforce-error';

export type TokenKind = 'ident' | 'string' | 'number' | 'date' | 'datetime' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Identifier text as written, unescaped string contents, or the punctuation itself. */
  text: string;
  /** 0-based offset into the query, for error messages. */
  pos: number;
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\dT])/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(?![\w.])/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;
const PUNCT = ['!=', '<>', '<=', '>=', '(', ')', ',', '=', '<', '>', '.', ':'];

// Backslash escapes SOQL accepts in string literals. \_ and \% stay escaped for LIKE.
const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
  _: '\\_',
  '%': '\\%',
};

/** A MALFORMED_QUERY error shaped like Salesforce's (query, then row and column). */
export function malformed(soql: string, pos: number, detail: string): SalesforceError {
  return new SalesforceError('MALFORMED_QUERY', `\n${soql}\n${' '.repeat(Math.max(pos, 0))}^\nERROR at Row:1:Column:${pos + 1}\n${detail}`);
}

/** Splits SOQL into tokens; throws MALFORMED_QUERY on characters SOQL does not allow. */
export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < soql.length) {
    const ch = soql[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const rest = soql.slice(i);
    if (ch === "'") {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= soql.length) throw malformed(soql, i, 'line 1:' + i + ' mismatched character \'<EOF>\' expecting \'\'\'');
        const c = soql[j];
        if (c === '\\') {
          const escaped = ESCAPES[soql[j + 1]];
          if (escaped === undefined) throw malformed(soql, j, 'Invalid string literal: illegal escape sequence');
          value += escaped;
          j += 2;
        } else if (c === "'") {
          j += 1;
          break;
        } else {
          value += c;
          j += 1;
        }
      }
      tokens.push({ kind: 'string', text: value, pos: i });
      i = j;
      continue;
    }
    const datetime = DATETIME.exec(rest);
    if (datetime) {
      tokens.push({ kind: 'datetime', text: datetime[0], pos: i });
      i += datetime[0].length;
      continue;
    }
    const date = DATE.exec(rest);
    if (date) {
      tokens.push({ kind: 'date', text: date[0], pos: i });
      i += date[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num && (/\d|\./.test(ch) || startsValue(tokens))) {
      tokens.push({ kind: 'number', text: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0], pos: i });
      i += ident[0].length;
      continue;
    }
    const punct = PUNCT.find((p) => rest.startsWith(p));
    if (punct) {
      tokens.push({ kind: 'punct', text: punct, pos: i });
      i += punct.length;
      continue;
    }
    throw malformed(soql, i, `line 1:${i} no viable alternative at character '${ch}'`);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', pos: soql.length });
  return tokens;
}

// A sign belongs to a number only where a value can start (after an operator, comma or paren).
function startsValue(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last !== undefined && last.kind === 'punct' && last.text !== ')';
}
