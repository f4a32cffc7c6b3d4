/**
 * The front matter job boards generate is one `key: "value"` or `key: 123` per line.
 * The YAML library costs about 150 µs a file on that (most of reading such a file); this
 * reads exactly that form directly and gives what the library gives for it, and answers
 * null for anything else (comments, lists, block scalars, plain words, dates, escapes YAML
 * has and JSON lacks, repeated keys), which then goes to the library.
 * front-matter-simple.test.ts holds it to the library's answers.
 */

/** A plain key: letters, digits, "_" and "-", not starting with a digit or "-". */
const LINE = /^([A-Za-z_][A-Za-z0-9_-]*): (?:("(?:[^"\\\n]|\\.)*")|(-?(?:0|[1-9][0-9]{0,14})))$/;

/** Keys YAML reads as null or a boolean, and the one a plain object cannot hold as data. */
const NOT_PLAIN_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

export function simpleFrontMatter(yaml: string): Record<string, string | number> | null {
  const data: Record<string, string | number> = {};
  let keys = 0;
  for (const line of yaml.split('\n')) {
    if (line === '') continue;
    const match = LINE.exec(line);
    if (match === null) return null;
    const key = match[1]!;
    if (NOT_PLAIN_KEYS.has(key) || Object.hasOwn(data, key)) return null;
    const quoted = match[2];
    if (quoted === undefined) {
      data[key] = Number(match[3]);
    } else {
      const value = jsonString(quoted);
      if (value === null) return null;
      data[key] = value;
    }
    keys++;
  }
  return keys === 0 ? null : data;
}

/**
 * A double-quoted YAML scalar on one line whose escapes JSON shares (\" \\ \/ \b \f \n \r
 * \t \uXXXX) means what JSON reads; JSON refuses the rest (control characters, "\x41",
 * "\e"), and so does this.
 */
function jsonString(quoted: string): string | null {
  if (!quoted.includes('\\') && !/[\u0000-\u001f\u007f-\u009f\ufeff\ufffe\uffff\ud800-\udfff]/.test(quoted)) return quoted.slice(1, -1);
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff\ud800-\udfff]/.test(value) ? value : null;
  } catch {
    return null;
  }
}
