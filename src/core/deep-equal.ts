/**
 * Whether two JSON-like values (records as stored: plain objects, arrays, primitives) hold
 * the same data. Key order does not matter — a record read back from IndexedDB and the same
 * record parsed from a file list their keys in different orders — but array order does.
 * An own key whose value is undefined counts as absent, as it would in JSON.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  // Loops rather than Object.keys/filter/every: the live list compares 10,000 rows after
  // every change (listJobSummaries), and the arrays those build cost more than the compare.
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key) || left[key] === undefined) continue;
    if (!Object.hasOwn(right, key) || !deepEqual(left[key], right[key])) return false;
    defined++;
  }
  for (const key in right) if (Object.hasOwn(right, key) && right[key] !== undefined) defined--;
  return defined === 0;
}
