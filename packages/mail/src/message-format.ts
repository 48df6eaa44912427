/**
 * The ICU MessageFormat subset the mail catalogues use: `{name}`, `{n, plural, =0 {…} one {…} other {…}}`
 * with `#`, and `{x, select, a {…} other {…}}`. Apostrophes are plain text (translators write French
 * without ICU quoting rules). The output is plain text; HTML escaping happens once, in the layout.
 */

export type MessageValues = Record<string, string | number | undefined>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Map<string, Node[]> };

export class MessageSyntaxError extends Error {
  constructor(message: string, source: string) {
    super(`${message} in message "${source}"`);
    this.name = 'MessageSyntaxError';
  }
}

const cache = new Map<string, Node[]>();

/** Formats an ICU-style message with the given values, numbers and plurals in `locale`. */
export function formatMessage(source: string, values: MessageValues, locale: string): string {
  let nodes = cache.get(source);
  if (!nodes) {
    nodes = parse(source);
    cache.set(source, nodes);
  }
  return render(nodes, values, locale, undefined, source);
}

/** The argument names a message uses, for checking that every catalogue asks for the same ones. */
export function messageArguments(source: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.kind === 'arg') names.add(n.name);
      if (n.kind === 'plural' || n.kind === 'select') {
        names.add(n.name);
        for (const branch of n.options.values()) walk(branch);
      }
    }
  };
  walk(parse(source));
  return [...names].sort();
}

function render(nodes: Node[], values: MessageValues, locale: string, count: number | undefined, source: string): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'pound') out += count === undefined ? '#' : formatNumber(count, locale);
    else if (n.kind === 'arg') out += formatValue(requireValue(values, n.name, source), locale);
    else if (n.kind === 'plural') {
      const value = Number(requireValue(values, n.name, source));
      const branch = n.options.get(`=${value}`) ?? n.options.get(new Intl.PluralRules(locale).select(value)) ?? n.options.get('other')!;
      out += render(branch, values, locale, value, source);
    } else {
      const value = String(requireValue(values, n.name, source));
      out += render(n.options.get(value) ?? n.options.get('other')!, values, locale, count, source);
    }
  }
  return out;
}

function requireValue(values: MessageValues, name: string, source: string): string | number {
  const value = values[name];
  // A missing value is a programming error; printing "{name}" to a sponsor would hide it.
  if (value === undefined) throw new Error(`Missing value "${name}" for message "${source}"`);
  return value;
}

function formatValue(value: string | number, locale: string): string {
  return typeof value === 'number' ? formatNumber(value, locale) : value;
}

function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

function parse(source: string): Node[] {
  let pos = 0;

  const fail = (message: string): never => {
    throw new MessageSyntaxError(`${message} at ${pos}`, source);
  };

  const identifier = (): string => {
    const match = /^\s*([A-Za-z_][\w-]*)\s*/.exec(source.slice(pos));
    if (!match) fail('Expected a name');
    pos += match![0].length;
    return match![1];
  };

  const nodes = (inPlural: boolean, nested: boolean): Node[] => {
    const list: Node[] = [];
    let text = '';
    const flush = (): void => {
      if (text) list.push({ kind: 'text', text });
      text = '';
    };
    while (pos < source.length) {
      const ch = source[pos];
      if (ch === '}') {
        if (!nested) fail('Unexpected "}"');
        break;
      }
      if (ch === '#' && inPlural) {
        flush();
        list.push({ kind: 'pound' });
        pos++;
      } else if (ch === '{') {
        flush();
        pos++;
        list.push(argument());
      } else {
        text += ch;
        pos++;
      }
    }
    flush();
    return list;
  };

  const argument = (): Node => {
    const name = identifier();
    if (source[pos] === '}') {
      pos++;
      return { kind: 'arg', name };
    }
    if (source[pos] !== ',') fail('Expected "," or "}"');
    pos++;
    const type = identifier();
    if (type !== 'plural' && type !== 'select') fail(`Unsupported argument type "${type}"`);
    if (source[pos] !== ',') fail('Expected ","');
    pos++;
    const options = new Map<string, Node[]>();
    for (;;) {
      const match = /^\s*(=\d+|[A-Za-z_][\w-]*)\s*\{/.exec(source.slice(pos));
      if (!match) break;
      pos += match[0].length;
      options.set(match[1], nodes(type === 'plural', true));
      if (source[pos] !== '}') fail('Unclosed option');
      pos++;
    }
    pos += /^\s*/.exec(source.slice(pos))![0].length;
    if (source[pos] !== '}') fail('Expected "}"');
    pos++;
    if (!options.has('other')) fail(`A ${type} needs an "other" option`);
    return { kind: type as 'plural' | 'select', name, options };
  };

  return nodes(false, false);
}
