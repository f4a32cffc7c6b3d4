import type { z } from 'zod';

/**
 * Zod's findings about an import file, in words: where ("jobs[3].salary.currency") and what
 * was expected there ("expected a 3-letter currency code such as EUR"). The user may open
 * the file in an editor to fix it, so the path reads the way the file is laid out.
 */
export function describeImportIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => describeIssue(issue, input));
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, input: unknown): string {
  const path = formatPath(issue.path);
  return `${path || 'the file'}: ${whatIsWrong(issue, valueAt(input, issue.path))}`;
}

/** `jobs[3].salary.currency`; a key that is not a plain name is quoted: `rates["e-x"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** The value at `path`, reading own properties only (the input is untrusted). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
  date: 'a date',
};

/** What was found, briefly: the user needs to recognise it, not read it back in full. */
function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (it is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

const PATTERN_WORDS: Record<string, string> = {
  '^[A-Z]{3}$': 'a 3-letter currency code such as EUR',
};

const FORMAT_WORDS: Record<string, string> = {
  datetime: 'a date and time such as 2026-11-22T10:00:00Z',
  date: 'a date such as 2026-11-15',
  url: 'a web address',
};

function quoted(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function whatIsWrong(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return found === undefined ? `is missing (expected ${expected})` : `expected ${expected}, found ${describeFound(found)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${quoted(issue.values)}, found ${describeFound(found)}`
        : `expected one of ${quoted(issue.values)}, found ${describeFound(found)}`;
    case 'invalid_format': {
      const pattern = issue.pattern?.replace(/^\/|\/[a-z]*$/g, '');
      const words = (pattern !== undefined ? PATTERN_WORDS[pattern] : undefined) ?? FORMAT_WORDS[issue.format];
      return words ? `expected ${words}, found ${describeFound(found)}` : issue.message;
    }
    case 'too_small':
      return `${sizeWords(issue.origin, 'at least', 'more than', issue.minimum, issue.inclusive)}`;
    case 'too_big':
      return `${sizeWords(issue.origin, 'at most', 'less than', issue.maximum, issue.inclusive)}`;
    case 'invalid_key': {
      const inner = issue.issues[0];
      return `has a key that is not allowed${inner ? ` (${whatIsWrong(inner, issue.path.at(-1))})` : ''}`;
    }
    case 'invalid_union':
      return `does not match any form Jobmark accepts, found ${describeFound(found)}`;
    default:
      return issue.message;
  }
}

function sizeWords(origin: string, inclusiveWord: string, exclusiveWord: string, limit: number | bigint, inclusive = true): string {
  const bound = `${inclusive ? inclusiveWord : exclusiveWord} ${limit.toLocaleString('en-US')}`;
  if (origin === 'string') return `must be ${bound} characters long`;
  if (origin === 'array' || origin === 'set') return `must hold ${bound} items`;
  return `must be ${bound}`;
}
