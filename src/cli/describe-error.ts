import { PostingReadError } from '../sources';

/** What went wrong with one file, in words for stderr. */
export function describeError(error: unknown): string {
  if (error instanceof PostingReadError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  // Anything else is a bug in Jobmark, not in the file: say so rather than hide it.
  return `internal error while reading this file: ${error instanceof Error ? error.message : String(error)}`;
}
