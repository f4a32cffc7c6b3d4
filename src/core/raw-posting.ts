import { z } from 'zod';
import { EmploymentType, Salary, Source, Workplace } from './job';

/**
 * A section as the source delimits it. `text` is light markdown, the one shape every
 * source writes so the extractors read one format:
 * - one paragraph or list item per line; list items start with "- " (ordered ones too);
 * - a line that was wholly bold in the source (a pseudo-heading such as
 *   "**Must have (professional experience):**") keeps its `**` markers;
 * - no HTML: tags are gone and entities decoded.
 * `heading` is "" for text before the first heading.
 */
export const RawSection = z.object({
  heading: z.string(),
  text: z.string(),
});
export type RawSection = z.infer<typeof RawSection>;

/**
 * Facts a structured source states outright (ATS JSON, JSON-LD, front matter). The
 * extractors prefer a hint to what they would infer from the text.
 */
export const PostingHints = z.object({
  workplace: Workplace.nullable().optional(),
  employmentType: EmploymentType.nullable().optional(),
  /** A salary the source gives as data (pay ranges, baseSalary, compensation tiers). */
  salary: Salary.nullable().optional(),
  /**
   * A salary line a job board added around the posting (RemoteWLB's `💰` header): often an
   * estimate or a placeholder, so a range stated in the body wins over it.
   */
  boardSalaryText: z.string().nullable().optional(),
  /**
   * What the listing around a posting implies when the posting itself says nothing: RemoteWLB
   * lists remote jobs only; a Greenhouse job filed under a "Remote-India" office. The weakest
   * evidence, read last.
   */
  boardWorkplace: Workplace.nullable().optional(),
  /** What a bare "$" means on this board, whatever the place says (SEEK Australia: AUD). */
  boardDollar: z.enum(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']).nullable().optional(),
  /** ISO 8601. */
  postedAt: z.string().nullable().optional(),
  /** ISO 8601: when applications close, as the source states it (JSON-LD validThrough, a Greenhouse application deadline). */
  closesAt: z.string().nullable().optional(),
  /** Tags the board attached (front matter hashtags, Lever categories). */
  tags: z.array(z.string()).optional(),
});
export type PostingHints = z.infer<typeof PostingHints>;

/**
 * What a site adapter or file reader hands to the extraction core: the posting as
 * delimited by its source, before any field is inferred.
 */
export const RawPosting = z.object({
  source: Source,
  url: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  /** As written by the source, before cleaning. */
  location: z.string().nullable(),
  sections: z.array(RawSection),
  hints: PostingHints,
});
export type RawPosting = z.infer<typeof RawPosting>;
