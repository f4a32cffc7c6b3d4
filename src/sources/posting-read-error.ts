/**
 * The one error a file reader throws: the input holds no job posting it can read. The
 * message is a single line meant for the person who chose the file ("empty file",
 * "no job posting found: …"), so callers can print it as it is.
 */
export class PostingReadError extends Error {
  override name = 'PostingReadError';

  constructor(reason: string) {
    super(reason);
  }
}
