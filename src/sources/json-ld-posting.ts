// zod/mini: the same validation with a tree-shakable API and a smaller bundle. The mapping
// runs in the background and the CLI; the content script only collects the nodes
// (json-ld-nodes.ts, Zod-free) and sends them over.
import { z } from 'zod/mini';
import type { RawPosting, RawSection } from '../core/raw-posting';
import { isoDateFrom } from './hint-date';
import { employmentTypeFrom } from './hint-employment-type';
import { periodFromUnit, salaryHint } from './hint-salary';
import { jobPostingNodes } from './json-ld-nodes';
import { joinFields } from './text-field';

export { jobPostingNodes } from './json-ld-nodes';

/*
 * schema.org JobPosting, as a standalone .json/.jsonld file or in a page's
 * <script type="application/ld+json"> blocks: a single object, an array, or a @graph.
 * Each field is validated on its own, so one malformed field (a jobLocation in an odd
 * shape) drops that field and not the posting.
 */

/** An optional field that reads as absent, rather than failing the whole node, when malformed. */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

const Text = lenient(z.string());
const Named = z.looseObject({ name: lenient(z.string()) });
/** A value or an array of values; the items that fit the schema are kept, the others dropped. */
function oneOrMany<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value): z.infer<T>[] =>
      (Array.isArray(value) ? value.slice(0, 50) : [value]).flatMap((item) => {
        const parsed = schema.safeParse(item);
        return parsed.success ? [parsed.data as z.infer<T>] : [];
      }),
    ),
  );
}

const Country = z.union([z.string(), Named]);
const PostalAddress = z.looseObject({
  addressLocality: Text,
  addressRegion: Text,
  addressCountry: lenient(Country),
});
const Place = z.union([
  z.string(),
  z.looseObject({ name: Text, address: lenient(z.union([z.string(), PostalAddress])) }),
]);
const Amount = z.union([z.number(), z.string()]);
const QuantitativeValue = z.looseObject({
  value: lenient(Amount),
  minValue: lenient(Amount),
  maxValue: lenient(Amount),
  unitText: Text,
});
const MonetaryAmount = z.looseObject({
  currency: Text,
  value: lenient(z.union([Amount, QuantitativeValue])),
  minValue: lenient(Amount),
  maxValue: lenient(Amount),
  unitText: Text,
});

const JobPosting = z.looseObject({
  title: Text,
  name: Text,
  description: Text,
  hiringOrganization: oneOrMany(z.union([z.string(), Named])),
  jobLocation: oneOrMany(Place),
  applicantLocationRequirements: oneOrMany(Country),
  jobLocationType: oneOrMany(z.string()),
  employmentType: oneOrMany(z.string()),
  baseSalary: lenient(z.union([Amount, MonetaryAmount])),
  datePosted: z.optional(z.unknown()),
  validThrough: z.optional(z.unknown()),
  url: Text,
  sameAs: oneOrMany(z.string()),
  responsibilities: Text,
  qualifications: Text,
  skills: Text,
  experienceRequirements: Text,
  educationRequirements: Text,
  jobBenefits: Text,
});
type JobPosting = z.infer<typeof JobPosting>;

/** Text fields schema.org keeps apart from the description, with the heading each becomes. */
const EXTRA_SECTIONS: readonly [keyof JobPosting, string][] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
  ['jobBenefits', 'Benefits'],
];

/** True when the value holds at least one JobPosting node. */
export function looksLikeJsonLd(value: unknown): boolean {
  return jobPostingNodes(value).length > 0;
}

/** A one-line text field (entities decoded, whitespace collapsed) or null: see textField. */
export type TextFieldReader = (value: unknown) => string | null;

/**
 * How the mapping reads text. The file readers (FILE_READERS in json-ld.ts: htmlparser2 and
 * entities) serve the CLI and the extension's background; tests of page fixtures may pass
 * the page's own DOM instead (test/support/dom-readers.ts).
 */
export interface JsonLdReaders {
  /** An HTML (or plain text) description field → sections. */
  sections: (description: string) => RawSection[];
  text: TextFieldReader;
}

/** A JobPosting node → RawPosting, or null without a title (a posting must be named). */
export function mapJsonLdPosting(node: unknown, readers: JsonLdReaders, fallbackUrl: string | null = null): RawPosting | null {
  const parsed = JobPosting.safeParse(node);
  if (!parsed.success) return null;
  const posting = parsed.data;
  const { sections: toSections, text: field } = readers;
  const title = field(posting.title) ?? field(posting.name);
  if (!title) return null;

  const sections: RawSection[] = posting.description ? toSections(posting.description) : [];
  for (const [field, heading] of EXTRA_SECTIONS) {
    const text = posting[field];
    if (typeof text === 'string' && text.trim() !== '') {
      sections.push(...toSections(text).map((s) => ({ heading: s.heading || heading, text: s.text })));
    }
  }
  const salary = readBaseSalary(posting.baseSalary, field);
  if (salary.line) sections.push({ heading: 'Compensation', text: salary.line });

  const remote = posting.jobLocationType.some((t) => t.toUpperCase() === 'TELECOMMUTE');
  return {
    source: 'jsonld',
    url: httpUrl(posting.url, field) ?? posting.sameAs.map((u) => httpUrl(u, field)).find(Boolean) ?? fallbackUrl,
    title,
    company: organizationName(posting.hiringOrganization, field),
    location: locationText(posting, remote, field),
    sections,
    hints: {
      workplace: remote ? 'remote' : null,
      employmentType: employmentTypeFrom(posting.employmentType),
      salary: salary.hint,
      postedAt: isoDateFrom(posting.datePosted),
      ...closingDate(isoDateFrom(posting.validThrough)),
    },
  };
}

function organizationName(value: JobPosting['hiringOrganization'], field: TextFieldReader): string | null {
  const first = value[0];
  return typeof first === 'string' ? field(first) : field(first?.name);
}

function countryName(value: z.infer<typeof Country> | undefined, field: TextFieldReader): string | null {
  return typeof value === 'string' ? field(value) : field(value?.name);
}

function placeText(place: z.infer<typeof Place>, field: TextFieldReader): string | null {
  if (typeof place === 'string') return field(place);
  const address = place.address;
  if (typeof address === 'string') return field(address);
  const parts = address
    ? joinFields([field(address.addressLocality), field(address.addressRegion), countryName(address.addressCountry, field)], ', ')
    : null;
  return parts ?? field(place.name);
}

/** Places joined with "; "; for a remote job without one, "Remote (countries it accepts)". */
function locationText(posting: JobPosting, remote: boolean, field: TextFieldReader): string | null {
  const places = posting.jobLocation.map((place) => placeText(place, field));
  const placesText = joinFields(places, '; ');
  if (placesText) return placesText;
  const accepted = joinFields(posting.applicantLocationRequirements.map((country) => countryName(country, field)), ', ');
  if (accepted) return remote ? `Remote (${accepted})` : accepted;
  return remote ? 'Remote' : null;
}

/**
 * baseSalary as data (MonetaryAmount with a QuantitativeValue, or amounts on the
 * MonetaryAmount itself) → a salary hint when the currency and unit are stated. A salary
 * given as words, or without a unit, becomes a "Compensation" line for the salary
 * extractor, which reads words and guesses nothing the page does not say.
 */
function readBaseSalary(value: JobPosting['baseSalary'], field: TextFieldReader): { hint: ReturnType<typeof salaryHint>; line: string | null } {
  if (value === undefined) return { hint: null, line: null };
  if (typeof value === 'number' || typeof value === 'string') return { hint: null, line: field(String(value)) };
  const quantity = typeof value.value === 'object' ? value.value : { value: value.value, minValue: undefined, maxValue: undefined, unitText: undefined };
  let min = numberFrom(quantity.minValue ?? value.minValue);
  let max = numberFrom(quantity.maxValue ?? value.maxValue);
  const single = numberFrom(quantity.value);
  if (min === null && max === null && single !== null) min = max = single;
  const currency = field(value.currency);
  const period = periodFromUnit(quantity.unitText ?? value.unitText);
  if (currency && period && /^[A-Za-z]{3}$/.test(currency)) {
    const hint = salaryHint({ min, max, currency, period, kind: 'unknown' });
    if (hint) return { hint, line: null };
  }
  const words = [currency, rawAmount(quantity.minValue ?? value.minValue, field), rawAmount(quantity.maxValue ?? value.maxValue, field), rawAmount(quantity.value, field)];
  const amounts = words.slice(1).filter(Boolean);
  if (amounts.length === 0) return { hint: null, line: null };
  const unit = field(quantity.unitText ?? value.unitText);
  return { hint: null, line: `${currency ? `${currency} ` : ''}${[...new Set(amounts)].join(' – ')}${unit ? ` per ${unit.toLowerCase()}` : ''}` };
}

function rawAmount(value: string | number | undefined, field: TextFieldReader): string | null {
  return value === undefined ? null : field(String(value));
}

/** 100000, "100000", "100,000.50" → a number; anything wordier → null. */
export function numberFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/^\d{1,12}(?:\.\d{1,4})?$/.test(trimmed)) return Number(trimmed);
  if (/^\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,4})?$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  return null;
}

function httpUrl(value: unknown, field: TextFieldReader): string | null {
  const text = field(value);
  return text && /^https?:\/\/\S+$/i.test(text) ? text : null;
}

/** validThrough, when the node gives a readable one (absent otherwise, as other hints are). */
function closingDate(closesAt: string | null): { closesAt?: string } {
  return closesAt === null ? {} : { closesAt };
}
