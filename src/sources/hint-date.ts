/** Before this (2000-01-01) a "posting date" is a placeholder or a unit mistake, not a date. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** Epoch numbers below this are seconds, not milliseconds (1e11 ms is March 1973). */
const SECONDS_LIMIT = 1e11;

/**
 * A date a source gives (ISO string, "2026-10-01", epoch milliseconds or seconds, as a
 * number or numeric string) → ISO 8601 in UTC, or null when it is not a readable date.
 * Whether it lies in the future is for the caller, who has the clock.
 */
export function isoDateFrom(value: unknown): string | null {
  let time: number;
  if (typeof value === 'number') time = fromEpoch(value);
  else if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.length > 64) return null;
    time = /^\d{9,14}$/.test(trimmed) ? fromEpoch(Number(trimmed)) : Date.parse(trimmed);
  } else return null;
  if (!Number.isFinite(time) || time < EARLIEST || time > 8.64e15) return null;
  return new Date(time).toISOString();
}

function fromEpoch(value: number): number {
  return value < SECONDS_LIMIT ? value * 1000 : value;
}
