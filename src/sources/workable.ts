import { z } from 'zod';
import type { RawPosting, RawSection } from '../core/raw-posting';
import { isoDateFrom } from './hint-date';
import { employmentTypeFrom } from './hint-employment-type';
import { descriptionToSections } from './html-description';
import { joinFields, textField } from './text-field';

/*
 * Workable widget API (apply.workable.com/api/v1/widget/accounts/{account}):
 * {name, description, jobs: [{title, shortcode, employment_type, telecommuting, city, …}]},
 * one posting per job, the company being the account's `name`.
 */

const Text = z.string().nullish().catch(null);

const WorkableJob = z.looseObject({
  title: z.string(),
  shortcode: Text,
  employment_type: Text,
  telecommuting: z.boolean().nullish().catch(null),
  department: Text,
  url: Text,
  shortlink: Text,
  application_url: Text,
  published_on: Text,
  created_at: Text,
  country: Text,
  city: Text,
  state: Text,
  locations: z
    .array(z.looseObject({ country: Text, region: Text, city: Text }))
    .nullish()
    .catch(null),
  description: Text,
  requirements: Text,
  benefits: Text,
});
type WorkableJob = z.infer<typeof WorkableJob>;

const Widget = z.looseObject({ name: Text, jobs: z.array(z.unknown()) });

export function looksLikeWorkable(value: unknown): boolean {
  const widget = Widget.safeParse(value);
  const first = widget.success ? widget.data.jobs[0] : value;
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return false;
  const job = first as Record<string, unknown>;
  return typeof job.title === 'string' && ('shortcode' in job || ('telecommuting' in job && 'application_url' in job));
}

export function parseWorkable(value: unknown): RawPosting[] {
  const widget = Widget.safeParse(value);
  const company = widget.success ? textField(widget.data.name) : null;
  const jobs = widget.success ? widget.data.jobs : [value];
  return jobs.flatMap((item) => {
    const parsed = WorkableJob.safeParse(item);
    const posting = parsed.success ? toPosting(parsed.data, company) : null;
    return posting ? [posting] : [];
  });
}

function toPosting(job: WorkableJob, company: string | null): RawPosting | null {
  const title = textField(job.title);
  if (!title) return null;
  const sections: RawSection[] = job.description ? descriptionToSections(job.description) : [];
  for (const [text, heading] of [
    [job.requirements, 'Requirements'],
    [job.benefits, 'Benefits'],
  ] as const) {
    if (text) sections.push(...descriptionToSections(text).map((s) => ({ heading: s.heading || heading, text: s.text })));
  }
  const department = textField(job.department);
  return {
    source: 'workable',
    url: textField(job.url) ?? textField(job.shortlink) ?? textField(job.application_url),
    title,
    company,
    location: locationText(job),
    sections,
    hints: {
      // `false` only says the job is not flagged remote: that is not "on site".
      workplace: job.telecommuting === true ? 'remote' : null,
      employmentType: employmentTypeFrom(job.employment_type),
      postedAt: isoDateFrom(job.published_on) ?? isoDateFrom(job.created_at),
      tags: department ? [department] : undefined,
    },
  };
}

function locationText(job: WorkableJob): string | null {
  const listed = joinFields(
    (job.locations ?? []).map((l) => joinFields([textField(l.city), textField(l.region), textField(l.country)], ', ')),
    '; ',
  );
  return listed ?? joinFields([textField(job.city), textField(job.state), textField(job.country)], ', ');
}
