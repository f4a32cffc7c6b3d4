import { z } from 'zod';
import { MAX_TERM_LENGTH } from './term-length';

export const HighlightKind = z.enum(['have', 'missing', 'other']);
export type HighlightKind = z.infer<typeof HighlightKind>;

/**
 * A wording to mark on the page, exactly as the posting wrote it ("GoLang", "C++"). A Zod
 * schema because the background computes the list and the content script receives it.
 */
export const HighlightTerm = z.object({
  text: z.string().min(1).max(MAX_TERM_LENGTH),
  kind: HighlightKind,
});
export type HighlightTerm = z.infer<typeof HighlightTerm>;
