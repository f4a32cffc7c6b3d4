import type { z } from 'zod';

/** The first few problems Zod found, short enough for a log line or an error answer. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const shown = error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  const more = error.issues.length - limit;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}
