import { describeImportIssues } from './describe-import-issues';
import { ImportError } from './import-error';
import { EXPORT_FORMAT, EXPORT_VERSION, JobmarkExport } from './jobmark-export';

/**
 * The largest file Jobmark reads (characters; as many bytes for the mostly-ASCII JSON it
 * writes). An export carries each posting's text twice (its sections and its raw posting),
 * about 12 kB a job, so 10,000 saved jobs make a file of about 125 MB: the cap must be above
 * what Jobmark itself writes, or a user with many jobs could not restore their own backup.
 * A page can check a File's size against it before reading the file at all.
 */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

export interface ParseImportOptions {
  /** Overrides MAX_IMPORT_CHARS (tests). */
  maxChars?: number;
}

/** How many problems the error message lists; the rest are counted. */
const SHOWN_PROBLEMS = 5;

/**
 * Keys that reach into an object's prototype. JSON.parse makes them plain own properties,
 * but code that copies with assignment would not, so they are removed before anything else
 * sees the data.
 */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads an export file's text. Everything is checked before the caller writes anything:
 * size, JSON syntax, that it is a Jobmark export of a version this build reads, and then
 * every field against the schema. Unknown keys are dropped. Throws ImportError, whose
 * message says what is wrong and where.
 */
export function parseImport(text: string, { maxChars = MAX_IMPORT_CHARS }: ParseImportOptions = {}): JobmarkExport {
  if (text.length > maxChars) throw tooLargeError(text.length, maxChars);
  if (text.trim() === '') throw new ImportError('This file is empty. Choose a file Jobmark exported (jobmark-….json).');

  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError(
      `This file is not a Jobmark export (it lacks "format": "${EXPORT_FORMAT}"). Choose a file Jobmark exported (jobmark-….json).`,
    );
  }
  const { version } = json as { version?: unknown };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new ImportError(
      `This file was made by a newer Jobmark (version ${version}); update Jobmark to import it.`,
    );
  }
  if (version !== EXPORT_VERSION) {
    throw new ImportError(`This file has an export version Jobmark does not know (${JSON.stringify(version) ?? 'none'}).`);
  }

  const parsed = JobmarkExport.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = describeImportIssues(parsed.error, json);
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  throw new ImportError(
    `This file is not a valid Jobmark export, so nothing was imported: ${shown}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}.`,
    problems,
  );
}

/** The error for a file over the cap; also for a page that checks a File's size first. */
export function tooLargeError(size: number, maxChars = MAX_IMPORT_CHARS): ImportError {
  return new ImportError(
    `This file is too large to be a Jobmark export (${megabytes(size)}; Jobmark reads files up to ${megabytes(maxChars)}).`,
  );
}

function megabytes(size: number): string {
  const mb = size / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => (HOSTILE_KEYS.has(key) ? undefined : value));
  } catch (error) {
    // The reviver recurses: a file nested thousands deep overflows the stack. No export is.
    if (error instanceof RangeError) throw new ImportError('This file is not a Jobmark export (it is nested far too deeply).');
    throw new ImportError(describeSyntaxError(text, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * "This file is not JSON (line 3, column 5): expected ',' or '}' after property value."
 * Browsers word JSON errors differently: Chromium gives a position (and newer ones a line
 * and column), Firefox a line and column; the rest of their message is kept as the reason.
 */
export function describeSyntaxError(text: string, message: string): string {
  let where = '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  if (lineColumn) where = ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  else if (position) {
    const { line, column } = lineAndColumn(text, Number(position[1]));
    where = ` (line ${line}, column ${column})`;
  }
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ at position \d+.*$/, '')
    .trim();
  const sentence = reason === '' ? '' : `: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  return `This file is not JSON${where}${sentence}. Choose a file Jobmark exported (jobmark-….json).`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}
