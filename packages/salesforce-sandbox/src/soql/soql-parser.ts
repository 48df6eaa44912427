import { SalesforceError } from '../salesforce-error';
import type { CompareOp, Condition, FieldPath, Literal, OrderItem, SelectItem, SoqlQuery } from './soql-ast';
import { malformed, tokenize, type Token } from './soql-lexer';

const RELATIVE_DATES = new Set(['TODAY', 'YESTERDAY', 'TOMORROW']);
const RELATIVE_N_DATES = new Set(['LAST_N_DAYS', 'NEXT_N_DAYS', 'N_DAYS_AGO']);
const COMPARE_OPS = new Set(['=', '!=', '<>', '<', '>', '<=', '>=']);
// Words that end a field list or condition; they cannot be used as an alias.
const RESERVED = new Set(['SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'LIKE', 'ORDER', 'BY', 'LIMIT', 'OFFSET', 'NULL', 'TRUE', 'FALSE', 'GROUP', 'HAVING', 'WITH', 'FOR']);
const MAX_OFFSET = 2000;

/** Parses one SOQL statement; throws SalesforceError MALFORMED_QUERY with Salesforce's row/column layout. */
export function parseSoql(soql: string): SoqlQuery {
  return new Parser(soql).parseQuery();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(private readonly soql: string) {
    this.tokens = tokenize(soql);
  }

  parseQuery(): SoqlQuery {
    this.expectKeyword('SELECT');
    const select = this.parseSelectList();
    this.expectKeyword('FROM');
    const from = this.expectIdent();
    const query: SoqlQuery = { select, from, orderBy: [] };
    if (this.acceptKeyword('WHERE')) query.where = this.parseCondition();
    if (this.peekKeyword('GROUP') || this.peekKeyword('HAVING') || this.peekKeyword('WITH') || this.peekKeyword('FOR')) {
      throw this.error(this.peek(), `the sandbox does not support ${this.peek().text.toUpperCase()} clauses`);
    }
    if (this.acceptKeyword('ORDER')) {
      this.expectKeyword('BY');
      query.orderBy = this.parseOrderBy();
    }
    if (this.acceptKeyword('LIMIT')) query.limit = this.parseNonNegativeInteger();
    if (this.acceptKeyword('OFFSET')) {
      query.offset = this.parseNonNegativeInteger();
      if (query.offset > MAX_OFFSET) {
        throw new SalesforceError('NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`, [], 400);
      }
    }
    const trailing = this.peek();
    if (trailing.kind !== 'eof') throw this.unexpected(trailing);
    return query;
  }

  private parseSelectList(): SelectItem[] {
    const items: SelectItem[] = [];
    do {
      items.push(this.parseSelectItem());
    } while (this.acceptPunct(','));
    return items;
  }

  private parseSelectItem(): SelectItem {
    const token = this.peek();
    if (token.kind === 'punct' && token.text === '(') {
      throw this.error(token, 'the sandbox does not support parent-to-child subqueries');
    }
    if (this.peekKeyword('COUNT') && this.peekAt(1).text === '(') {
      this.next();
      this.expectPunct('(');
      const path = this.peekPunct(')') ? undefined : this.parsePath();
      this.expectPunct(')');
      const aliasToken = this.peek();
      const alias =
        aliasToken.kind === 'ident' && !RESERVED.has(aliasToken.text.toUpperCase()) ? this.next().text : undefined;
      return { kind: 'count', path, alias };
    }
    return { kind: 'field', path: this.parsePath() };
  }

  private parsePath(): FieldPath {
    const path = [this.expectIdent()];
    while (this.acceptPunct('.')) path.push(this.expectIdent());
    return path;
  }

  // SOQL forbids mixing AND and OR at one level without parentheses.
  private parseCondition(): Condition {
    const first = this.parseTerm();
    const joiner = this.peekKeyword('AND') ? 'AND' : this.peekKeyword('OR') ? 'OR' : undefined;
    if (!joiner) return first;
    const items = [first];
    while (this.acceptKeyword(joiner)) items.push(this.parseTerm());
    const other = joiner === 'AND' ? 'OR' : 'AND';
    if (this.peekKeyword(other)) throw this.unexpected(this.peek());
    return { kind: joiner === 'AND' ? 'and' : 'or', items };
  }

  private parseTerm(): Condition {
    if (this.acceptKeyword('NOT')) return { kind: 'not', item: this.parseTerm() };
    if (this.acceptPunct('(')) {
      const inner = this.parseCondition();
      this.expectPunct(')');
      return inner;
    }
    const path = this.parsePath();
    const token = this.next();
    const upper = token.text.toUpperCase();
    if (token.kind === 'punct' && COMPARE_OPS.has(token.text)) {
      const op = (token.text === '<>' ? '!=' : token.text) as CompareOp;
      return { kind: 'compare', path, op, value: this.parseLiteral() };
    }
    if (token.kind === 'ident' && upper === 'LIKE') {
      const pattern = this.next();
      if (pattern.kind !== 'string') throw this.unexpected(pattern);
      return { kind: 'like', path, pattern: pattern.text };
    }
    if (token.kind === 'ident' && (upper === 'IN' || (upper === 'NOT' && this.acceptKeyword('IN')))) {
      return { kind: 'in', path, negate: upper === 'NOT', values: this.parseInList() };
    }
    throw this.unexpected(token);
  }

  private parseInList(): Literal[] {
    this.expectPunct('(');
    if (this.peekKeyword('SELECT')) throw this.error(this.peek(), 'the sandbox does not support semi-join subqueries');
    const values: Literal[] = [];
    do {
      values.push(this.parseLiteral());
    } while (this.acceptPunct(','));
    this.expectPunct(')');
    return values;
  }

  private parseLiteral(): Literal {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.text };
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'date':
        if (Number.isNaN(Date.parse(`${token.text}T00:00:00Z`))) throw this.error(token, `invalid date: ${token.text}`);
        return { kind: 'date', value: token.text };
      case 'datetime': {
        const value = Date.parse(token.text);
        if (Number.isNaN(value)) throw this.error(token, `invalid datetime: ${token.text}`);
        return { kind: 'datetime', value, text: token.text };
      }
      case 'ident': {
        const upper = token.text.toUpperCase();
        if (upper === 'NULL') return { kind: 'null' };
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        if (RELATIVE_DATES.has(upper)) return { kind: 'relativeDate', name: upper };
        if (RELATIVE_N_DATES.has(upper)) {
          this.expectPunct(':');
          return { kind: 'relativeDate', name: upper, n: this.parseNonNegativeInteger() };
        }
        throw this.unexpected(token);
      }
      default:
        throw this.unexpected(token);
    }
  }

  private parseOrderBy(): OrderItem[] {
    const items: OrderItem[] = [];
    do {
      const path = this.parsePath();
      const direction = this.acceptKeyword('DESC') ? 'DESC' : (this.acceptKeyword('ASC'), 'ASC');
      let nulls: 'FIRST' | 'LAST' = direction === 'ASC' ? 'FIRST' : 'LAST';
      if (this.acceptKeyword('NULLS')) {
        if (this.acceptKeyword('FIRST')) nulls = 'FIRST';
        else if (this.acceptKeyword('LAST')) nulls = 'LAST';
        else throw this.unexpected(this.peek());
      }
      items.push({ path, direction, nulls });
    } while (this.acceptPunct(','));
    return items;
  }

  private parseNonNegativeInteger(): number {
    const token = this.next();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.unexpected(token);
    return Number(token.text);
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private peekAt(offset: number): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'eof') this.index += 1;
    return token;
  }

  private peekKeyword(word: string): boolean {
    const token = this.peek();
    return token.kind === 'ident' && token.text.toUpperCase() === word;
  }

  private acceptKeyword(word: string): boolean {
    if (!this.peekKeyword(word)) return false;
    this.index += 1;
    return true;
  }

  private expectKeyword(word: string): void {
    if (!this.acceptKeyword(word)) throw this.unexpected(this.peek());
  }

  private peekPunct(text: string): boolean {
    const token = this.peek();
    return token.kind === 'punct' && token.text === text;
  }

  private acceptPunct(text: string): boolean {
    if (!this.peekPunct(text)) return false;
    this.index += 1;
    return true;
  }

  private expectPunct(text: string): void {
    if (!this.acceptPunct(text)) throw this.unexpected(this.peek());
  }

  private expectIdent(): string {
    const token = this.next();
    if (token.kind !== 'ident' || RESERVED.has(token.text.toUpperCase())) throw this.unexpected(token);
    return token.text;
  }

  private unexpected(token: Token): SalesforceError {
    return this.error(token, `unexpected token: ${token.kind === 'eof' ? '<EOF>' : `'${token.text}'`}`);
  }

  private error(token: Token, detail: string): SalesforceError {
    return malformed(this.soql, token.pos, detail);
  }
}
