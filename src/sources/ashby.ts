import { z } from 'zod';
import type { Salary } from '../core/job';
import type { RawPosting } from '../core/raw-posting';
import { companyConfirmedBySlug } from './company-from-url';
import { isoDateFrom } from './hint-date';
import { employmentTypeFrom } from './hint-employment-type';
import { firstWithAlternatives, periodFromUnit, salaryHint, type LabelledRange } from './hint-salary';
import { workplaceFrom } from './hint-workplace';
import { descriptionToSections } from './html-description';
import { joinFields, textField } from './text-field';

/*
 * Ashby posting API (api.ashbyhq.com/posting-api/job-board/{board}): one job or a
 * {jobs: […]} list. Compensation comes in tiers of components; only the Salary components
 * are pay ranges (equity, bonus and commission are not). Ashby does not name the company.
 */

const Text = z.string().nullish().catch(null);

const AshbyJob = z.looseObject({
  title: z.string(),
  descriptionHtml: Text,
  descriptionPlain: Text,
  workplaceType: Text,
  isRemote: z.boolean().nullish().catch(null),
  location: Text,
  locationName: Text,
  secondaryLocations: z
    .array(z.looseObject({ location: Text, locationName: Text }))
    .nullish()
    .catch(null),
  address: z
    .looseObject({
      postalAddress: z.looseObject({ addressLocality: Text, addressRegion: Text, addressCountry: Text }).nullish().catch(null),
    })
    .nullish()
    .catch(null),
  employmentType: Text,
  department: Text,
  team: Text,
  publishedAt: Text,
  publishedDate: Text,
  jobUrl: Text,
  applyUrl: Text,
  shouldDisplayCompensationOnJobPostings: z.boolean().nullish().catch(null),
  compensation: z.unknown().optional(),
});
type AshbyJob = z.infer<typeof AshbyJob>;

const Component = z.looseObject({
  compensationType: z.string(),
  currencyCode: z.string().nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
  interval: z.string().nullish(),
});
const Compensation = z.looseObject({
  compensationTiers: z.array(z.looseObject({ components: z.array(z.unknown()).nullish(), title: Text })).nullish().catch(null),
  summaryComponents: z.array(z.unknown()).nullish().catch(null),
  scrapeableCompensationSalarySummary: Text,
});

const JobList = z.looseObject({ jobs: z.array(z.unknown()) });

export function looksLikeAshby(value: unknown): boolean {
  const list = JobList.safeParse(value);
  if (list.success) return list.data.jobs.length > 0 && looksLikeAshbyJob(list.data.jobs[0]);
  return looksLikeAshbyJob(value);
}

function looksLikeAshbyJob(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const job = value as Record<string, unknown>;
  if (typeof job.title !== 'string') return false;
  return (
    typeof job.descriptionHtml === 'string' ||
    (typeof job.jobUrl === 'string' && /ashbyhq\.com\//i.test(job.jobUrl)) ||
    'shouldDisplayCompensationOnJobPostings' in job
  );
}

export function parseAshby(value: unknown): RawPosting[] {
  const list = JobList.safeParse(value);
  const jobs = list.success ? list.data.jobs : [value];
  return jobs.flatMap((item) => {
    const parsed = AshbyJob.safeParse(item);
    const posting = parsed.success ? toPosting(parsed.data) : null;
    return posting ? [posting] : [];
  });
}

function toPosting(job: AshbyJob): RawPosting | null {
  const title = textField(job.title);
  if (!title) return null;
  const description = job.descriptionHtml?.trim() ? job.descriptionHtml : job.descriptionPlain;
  const sections = description ? descriptionToSections(description) : [];
  const url = textField(job.jobUrl) ?? textField(job.applyUrl);
  const tags = joinFields([textField(job.department), textField(job.team)], '\n');
  return {
    source: 'ashby',
    url,
    title,
    company: companyConfirmedBySlug(url, sections.flatMap((s) => [s.heading, s.text])),
    location: locationText(job),
    sections,
    hints: {
      workplace: workplaceFrom(job.workplaceType) ?? (job.isRemote === true ? 'remote' : null),
      employmentType: employmentTypeFrom(job.employmentType),
      salary: job.shouldDisplayCompensationOnJobPostings === false ? null : compensationSalary(job.compensation),
      postedAt: isoDateFrom(job.publishedAt) ?? isoDateFrom(job.publishedDate),
      tags: tags ? tags.split('\n') : undefined,
    },
  };
}

/** The primary location and the secondary ones, "; "-separated; the postal address as a fallback. */
function locationText(job: AshbyJob): string | null {
  const named = joinFields(
    [
      textField(job.location) ?? textField(job.locationName),
      ...(job.secondaryLocations ?? []).map((s) => textField(s.location) ?? textField(s.locationName)),
    ],
    '; ',
  );
  if (named) return named;
  const address = job.address?.postalAddress;
  return address
    ? joinFields([textField(address.addressLocality), textField(address.addressRegion), textField(address.addressCountry)], ', ')
    : null;
}

/**
 * The Salary components of every tier → the first tier's range, the other tiers' as
 * alternatives named by their tier (other components are not pay ranges).
 */
function compensationSalary(value: unknown): Salary | null {
  const parsed = Compensation.safeParse(value);
  if (!parsed.success) return null;
  const tiers = parsed.data.compensationTiers ?? [];
  const components: { item: unknown; label: string | null }[] =
    tiers.length > 0
      ? tiers.flatMap((tier) => (tier.components ?? []).map((item) => ({ item, label: textField(tier.title) })))
      : (parsed.data.summaryComponents ?? []).map((item) => ({ item, label: null }));
  const ranges: LabelledRange[] = [];
  for (const { item, label } of components.slice(0, 100)) {
    const component = Component.safeParse(item);
    if (!component.success || component.data.compensationType.toLowerCase() !== 'salary') continue;
    const period = periodFromUnit(component.data.interval);
    if (!period || !component.data.currencyCode) continue;
    const salary = salaryHint({
      min: component.data.minValue ?? null,
      max: component.data.maxValue ?? null,
      currency: component.data.currencyCode,
      period,
      kind: 'base',
    });
    if (salary) ranges.push({ salary, label });
  }
  // The summary covers every tier; with alternatives, the first tier's own figures are its words.
  const summary = textField(parsed.data.scrapeableCompensationSalarySummary);
  const text = ranges.length > 1 || !summary ? ranges[0]?.salary.text ?? '' : summary;
  return firstWithAlternatives(ranges, text);
}
