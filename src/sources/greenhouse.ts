import { z } from 'zod';
import type { Salary, Workplace } from '../core/job';
import { workplaceOfLabel } from '../extract/workplace';
import type { RawPosting } from '../core/raw-posting';
import { companyConfirmedBySlug } from './company-from-url';
import { isoDateFrom } from './hint-date';
import { employmentTypeFrom } from './hint-employment-type';
import { firstWithAlternatives, salaryHint, type LabelledRange } from './hint-salary';
import { descriptionToSections } from './html-description';
import { joinFields, textField } from './text-field';

/*
 * Greenhouse job-board API (boards-api.greenhouse.io/v1/boards/{board}/jobs/{id}): one job,
 * or a {jobs: […]} list. `content` is HTML that is itself HTML-escaped ("&lt;p&gt;").
 * With ?pay_transparency=true a job carries pay_input_ranges in cents.
 */

const GreenhouseJob = z.looseObject({
  title: z.string(),
  absolute_url: z.string().nullish(),
  content: z.string().nullish(),
  location: z.looseObject({ name: z.string().nullish() }).nullish().catch(null),
  company_name: z.string().nullish().catch(null),
  first_published: z.string().nullish().catch(null),
  application_deadline: z.string().nullish().catch(null),
  updated_at: z.string().nullish().catch(null),
  departments: z.array(z.looseObject({ name: z.string().nullish().catch(null) })).nullish().catch(null),
  offices: z.array(z.looseObject({ name: z.string().nullish().catch(null) })).nullish().catch(null),
  metadata: z.array(z.looseObject({ name: z.string().nullish().catch(null), value: z.unknown().optional() })).nullish().catch(null),
  pay_input_ranges: z.unknown().optional(),
});
type GreenhouseJob = z.infer<typeof GreenhouseJob>;

const PayRange = z.looseObject({
  min_cents: z.number().nullish(),
  max_cents: z.number().nullish(),
  currency_type: z.string(),
  title: z.string().nullish(),
  blurb: z.string().nullish(),
});
const PayRanges = z.array(PayRange);

const JobList = z.looseObject({ jobs: z.array(z.unknown()) });

/** A job: a title and a Greenhouse URL or a field only Greenhouse sends. */
export function looksLikeGreenhouse(value: unknown): boolean {
  const list = JobList.safeParse(value);
  if (list.success) return list.data.jobs.length > 0 && looksLikeGreenhouseJob(list.data.jobs[0]);
  return looksLikeGreenhouseJob(value);
}

function looksLikeGreenhouseJob(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const job = value as Record<string, unknown>;
  if (typeof job.title !== 'string' || typeof job.absolute_url !== 'string') return false;
  return (
    'internal_job_id' in job ||
    'pay_input_ranges' in job ||
    'data_compliance' in job ||
    /\bgreenhouse\.io\//i.test(job.absolute_url)
  );
}

/** The postings of a job or job list payload (jobs without a title are skipped). */
export function parseGreenhouse(value: unknown): RawPosting[] {
  const list = JobList.safeParse(value);
  const jobs = list.success ? list.data.jobs : [value];
  return jobs.flatMap((job) => {
    const parsed = GreenhouseJob.safeParse(job);
    const posting = parsed.success ? toPosting(parsed.data) : null;
    return posting ? [posting] : [];
  });
}

function toPosting(job: GreenhouseJob): RawPosting | null {
  const title = textField(job.title);
  if (!title) return null;
  const url = textField(job.absolute_url);
  const sections = job.content ? descriptionToSections(job.content) : [];
  return {
    source: 'greenhouse',
    url,
    title,
    company:
      textField(job.company_name) ??
      companyConfirmedBySlug(url, sections.flatMap((s) => [s.heading, s.text])),
    location: textField(job.location?.name),
    sections,
    hints: {
      salary: payRangesSalary(job.pay_input_ranges),
      postedAt: isoDateFrom(job.first_published) ?? isoDateFrom(job.updated_at),
      closesAt: isoDateFrom(job.application_deadline),
      employmentType: employmentTypeFrom(
        (job.metadata ?? []).find((m) => /employment|job type|time type/i.test(m.name ?? ''))?.value ?? null,
      ),
      tags: tags(job),
      boardWorkplace: officesWorkplace(job.offices),
    },
  };
}

/**
 * The offices a job is filed under: "Remote-India (PEO)" says the board offers it remote,
 * whatever city the location field names. Weak evidence: the text, when it says, wins.
 */
function officesWorkplace(offices: GreenhouseJob['offices']): Workplace | null {
  for (const office of (offices ?? []).slice(0, 20)) {
    const label = office.name ? workplaceOfLabel(office.name) : null;
    if (label === 'remote') return 'remote';
  }
  return null;
}

/** Pay zones → the first zone, the others as alternatives; the text lists every zone as the employer titled it. */
function payRangesSalary(value: unknown): Salary | null {
  const parsed = PayRanges.safeParse(value);
  if (!parsed.success) return null;
  const ranges: LabelledRange[] = [];
  for (const range of parsed.data.slice(0, 50)) {
    const words = `${range.title ?? ''} ${range.blurb ?? ''}`;
    const salary = salaryHint({
      min: range.min_cents == null ? null : range.min_cents / 100,
      max: range.max_cents == null ? null : range.max_cents / 100,
      currency: range.currency_type,
      period: periodFromWords(words),
      kind: /\bOTE\b|on[- ]target/i.test(words) ? 'ote' : /\bbase\b/i.test(words) ? 'base' : 'unknown',
    });
    if (!salary) continue;
    const title = textField(range.title);
    ranges.push({ salary: title ? { ...salary, text: `${salary.text} (${title})` } : salary, label: title });
  }
  return firstWithAlternatives(ranges, ranges[0]?.salary.text ?? '');
}

/** Greenhouse pay ranges are annual unless the employer's title or blurb says otherwise. */
function periodFromWords(words: string): Salary['period'] {
  if (/\bhour(?:ly)?\b|\/\s?hr\b/i.test(words)) return 'hour';
  if (/\bdaily\b|\bper day\b|\bday rate\b/i.test(words)) return 'day';
  if (/\bweekly\b|\bper week\b/i.test(words)) return 'week';
  if (/\bmonthly\b|\bper month\b/i.test(words)) return 'month';
  return 'year';
}

function tags(job: GreenhouseJob): string[] | undefined {
  const names = joinFields((job.departments ?? []).map((d) => textField(d.name)), '\n');
  return names ? names.split('\n') : undefined;
}
