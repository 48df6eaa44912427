/** The parsed form of the SOQL subset the sandbox understands. */

export type FieldPath = string[];

export type SelectItem =
  | { kind: 'field'; path: FieldPath }
  | { kind: 'count'; path?: FieldPath; alias?: string };

export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'date'; value: string }
  | { kind: 'datetime'; value: number; text: string }
  /** TODAY, YESTERDAY, LAST_N_DAYS:n…: resolved against the evaluator's clock. */
  | { kind: 'relativeDate'; name: string; n?: number };

export type CompareOp = '=' | '!=' | '<' | '>' | '<=' | '>=';

export type Condition =
  | { kind: 'and'; items: Condition[] }
  | { kind: 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'compare'; path: FieldPath; op: CompareOp; value: Literal }
  | { kind: 'in'; path: FieldPath; negate: boolean; values: Literal[] }
  | { kind: 'like'; path: FieldPath; pattern: string };

export interface OrderItem {
  path: FieldPath;
  direction: 'ASC' | 'DESC';
  nulls: 'FIRST' | 'LAST';
}

export interface SoqlQuery {
  select: SelectItem[];
  from: string;
  where?: Condition;
  orderBy: OrderItem[];
  limit?: number;
  offset?: number;
}
