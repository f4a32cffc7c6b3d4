import { z } from 'zod';

/**
 * One deal-breaker a posting states that the user's profile falls short of (see
 * deal-breaker-conflicts.ts). Its own file: the content script validates these in the
 * annotate answer and must not carry the tables that find them.
 */
export const Conflict = z.object({
  kind: z.enum(['visa', 'work-authorization', 'language', 'office-days']),
  /** What conflicts, in words, naming both sides. */
  message: z.string().max(8000),
  /** The posting's sentence that states it. */
  sentence: z.string().max(1000),
});
export type Conflict = z.infer<typeof Conflict>;
