import { Dexie } from 'dexie';

/** Why the browser's storage failed, from the user's point of view. */
export type StorageFailure = 'quota' | 'newer-version' | 'version-change' | 'unavailable' | 'closed' | 'unknown';

/**
 * What the user reads when saving or loading jobs fails. Each says what happened in the
 * browser's terms and what the user can do about it; none blames the user.
 */
const EXPLANATIONS: Record<StorageFailure, string> = {
  quota:
    'Your browser refused to store more data (storage quota exceeded). Delete saved jobs you no longer need or free some disk space, then try again.',
  'newer-version':
    'Your saved jobs were stored by a newer version of Jobmark than the one running now. Update Jobmark to open them.',
  'version-change':
    'Jobmark was updated while this page was open, so its saved-jobs database was closed. Reload the page and try again.',
  unavailable:
    'Your browser would not open the saved-jobs database (IndexedDB is unavailable, for example in a private window or when site data is blocked).',
  closed: 'The saved-jobs database was closed by the browser. Reload the page and try again.',
  // Completed with the technical detail, for the bug report.
  unknown: 'Jobmark could not read or write your saved jobs',
};

/** A storage failure turned into a message a user understands; `cause` keeps the original. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly failure: StorageFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// Most specific first: a quota error wrapped in an AbortError is a quota error.
const FAILURE_BY_NAME: [StorageFailure, readonly string[]][] = [
  ['quota', ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']],
  ['newer-version', ['VersionError']],
  ['version-change', ['VersionChangeError']],
  ['unavailable', ['MissingAPIError', 'InvalidStateError', 'InvalidAccessError']],
  ['closed', ['DatabaseClosedError']],
];

/** Every name Dexie or IndexedDB gives its errors: these, and only these, are storage failures. */
const STORAGE_ERROR_NAMES = new Set<string>([
  ...Object.values(Dexie.errnames),
  ...FAILURE_BY_NAME.flatMap(([, names]) => names),
]);

/** The names along an error's chain of wrapped errors (Dexie's `inner`, standard `cause`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Bounded: a cyclic `inner`/`cause` chain must not hang the caller.
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/**
 * The StorageError for `error` when it is a storage failure, else undefined (a bug in our
 * own code must surface as itself, not be dressed up as a full disk).
 */
export function toStorageError(error: unknown): StorageError | undefined {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  if (!names.some((name) => STORAGE_ERROR_NAMES.has(name))) return undefined;
  const failure = FAILURE_BY_NAME.find(([, known]) => known.some((name) => names.includes(name)))?.[0] ?? 'unknown';
  let message = EXPLANATIONS[failure];
  if (failure === 'unknown') {
    const detail = error instanceof Error ? error.message : String(error);
    message += ` (${names[0]}: ${detail.slice(0, 200)}). Try again; if it keeps failing, restart the browser.`;
  }
  return new StorageError(failure, message, { cause: error });
}

/** Runs a database operation, turning storage failures into StorageError; nothing is swallowed. */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error) ?? error;
  }
}
