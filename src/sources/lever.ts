import { z } from 'zod';
import type { RawPosting, RawSection } from '../core/raw-posting';
import { companyConfirmedBySlug } from './company-from-url';
import { isoDateFrom } from './hint-date';
import { employmentTypeFrom } from './hint-employment-type';
import { periodFromUnit, salaryHint } from './hint-salary';
import { workplaceFrom } from './hint-workplace';
import { descriptionToSections } from './html-description';
import { joinFields, textField } from './text-field';

/*
 * Lever postings API (api.lever.co/v0/postings/{company}/{id}?mode=json): one posting or an
 * array. The title is `text`; the body is description (opening + body), then `lists` (each a
 * heading and <li> items), then `additional`. Lever does not name the company.
 */

const Text = z.string().nullish().catch(null);

const LeverPosting = z.looseObject({
  text: z.string(),
  categories: z
    .looseObject({
      location: Text,
      commitment: Text,
      team: Text,
      department: Text,
      allLocations: z.array(z.string()).nullish().catch(null),
    })
    .nullish()
    .catch(null),
  description: Text,
  descriptionPlain: Text,
  lists: z.array(z.looseObject({ text: Text, content: Text })).nullish().catch(null),
  additional: Text,
  additionalPlain: Text,
  salaryDescription: Text,
  salaryDescriptionPlain: Text,
  salaryRange: z.unknown().optional(),
  workplaceType: Text,
  hostedUrl: Text,
  applyUrl: Text,
  createdAt: z.union([z.number(), z.string()]).nullish().catch(null),
});
type LeverPosting = z.infer<typeof LeverPosting>;

const SalaryRange = z.looseObject({
  min: z.number().nullish(),
  max: z.number().nullish(),
  currency: z.string(),
  interval: z.string().nullish(),
});

export function looksLikeLever(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return false;
  const posting = first as Record<string, unknown>;
  return (
    typeof posting.text === 'string' &&
    typeof posting.categories === 'object' &&
    ('hostedUrl' in posting || 'lists' in posting || 'descriptionPlain' in posting)
  );
}

export function parseLever(value: unknown): RawPosting[] {
  const postings = Array.isArray(value) ? value : [value];
  return postings.flatMap((item) => {
    const parsed = LeverPosting.safeParse(item);
    const posting = parsed.success ? toPosting(parsed.data) : null;
    return posting ? [posting] : [];
  });
}

function toPosting(posting: LeverPosting): RawPosting | null {
  const title = textField(posting.text);
  if (!title) return null;
  const sections = bodySections(posting);
  const url = textField(posting.hostedUrl) ?? textField(posting.applyUrl);
  const categories = posting.categories;
  const tags = joinFields([textField(categories?.department), textField(categories?.team)], '\n');
  return {
    source: 'lever',
    url,
    title,
    company: companyConfirmedBySlug(url, sections.flatMap((s) => [s.heading, s.text])),
    location: joinFields([textField(categories?.location), ...(categories?.allLocations ?? []).map(textField)], '; '),
    sections,
    hints: {
      workplace: workplaceFrom(posting.workplaceType),
      employmentType: employmentTypeFrom(categories?.commitment),
      salary: salaryRangeHint(posting.salaryRange),
      postedAt: isoDateFrom(posting.createdAt),
      tags: tags ? tags.split('\n') : undefined,
    },
  };
}

function bodySections(posting: LeverPosting): RawSection[] {
  const sections = htmlOrPlain(posting.description, posting.descriptionPlain);
  for (const list of posting.lists ?? []) {
    const heading = textField(list.text) ?? '';
    const listSections = list.content ? descriptionToSections(list.content) : [];
    // The list's own heading names the items that come before any heading inside them.
    sections.push(...listSections.map((s, i) => (i === 0 && s.heading === '' ? { heading, text: s.text } : s)));
  }
  sections.push(...htmlOrPlain(posting.additional, posting.additionalPlain));
  const salaryWords = htmlOrPlain(posting.salaryDescription, posting.salaryDescriptionPlain);
  sections.push(...salaryWords.map((s) => ({ heading: s.heading || 'Compensation', text: s.text })));
  return sections;
}

function htmlOrPlain(html: string | null | undefined, plain: string | null | undefined): RawSection[] {
  if (html && html.trim() !== '') return descriptionToSections(html);
  if (plain && plain.trim() !== '') return descriptionToSections(plain);
  return [];
}

function salaryRangeHint(value: unknown) {
  const parsed = SalaryRange.safeParse(value);
  if (!parsed.success) return null;
  const period = periodFromUnit(parsed.data.interval);
  if (!period) return null;
  return salaryHint({ min: parsed.data.min ?? null, max: parsed.data.max ?? null, currency: parsed.data.currency, period, kind: 'unknown' });
}
