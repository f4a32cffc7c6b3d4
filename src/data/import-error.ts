/**
 * Why a file cannot be imported, in words the user can act on. Thrown before anything is
 * written, so an ImportError always means nothing changed.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    /** Each problem on its own ("jobs[3].salary.currency: expected …"), for a list on screen. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}
