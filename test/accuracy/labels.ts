import { z } from 'zod';

/**
 * One hand-labelled posting of `../shared/accuracy/labels.json`, as LABELLING.md describes
 * it. The labels are data: this schema only checks their shape, it never corrects them.
 */
export const LabelSalary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string(),
  period: z.string(),
});
export type LabelSalary = z.infer<typeof LabelSalary>;

export const ScoredField = z.enum(['title', 'company', 'location', 'remote', 'salary', 'years']);
export type ScoredField = z.infer<typeof ScoredField>;

export const PostingLabel = z.object({
  file: z.string().min(1),
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  remote: z.boolean().nullable(),
  salary: LabelSalary.nullable(),
  yearsMin: z.number().nullable(),
  mustSkills: z.array(z.string()),
  niceSkills: z.array(z.string()),
  notes: z.string().optional(),
  /** Fields whose figure in the file is known not to be the employer's: not scored. */
  unscored: z.array(z.enum(['title', 'company', 'location', 'remote', 'salary', 'yearsMin', 'years'])).optional(),
});
export type PostingLabel = z.infer<typeof PostingLabel>;

export const LabelFile = z.array(PostingLabel).min(1);

export class LabelFileError extends Error {}

/** Parses the label file's text, or throws LabelFileError saying what is wrong and where. */
export function parseLabelFile(text: string): PostingLabel[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LabelFileError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = LabelFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new LabelFileError(`${where}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const label of parsed.data) {
    if (seen.has(label.file)) throw new LabelFileError(`${label.file}: labelled twice`);
    seen.add(label.file);
  }
  return parsed.data;
}
