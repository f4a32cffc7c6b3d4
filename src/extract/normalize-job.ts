import { postingClosed } from './closed-notice';
import type { Job, RawPosting } from '../core';
import { detectEmploymentType } from './employment';
import { extractExperience } from './experience';
import { jobId } from './job-id';
import { companyNamedInText } from './company-in-text';
import { extractDealBreakers } from './deal-breakers';
import { EXTRACTOR_VERSION } from './extractor-version';
import { cleanLocation } from './location';
import { cleanInline } from './normalize-text';
import { localDollarOf } from './local-dollar';
import { extractSalary } from './salary';
import { classifySections } from './sections';
import { detectSeniority } from './seniority';
import { extractSkills } from './skills';
import { detectWorkplace } from './workplace';

export interface NormalizeOptions {
  /** The clock, passed in so that extraction stays pure and testable. */
  now: Date;
}

/** How far ahead of the clock a posting date may be (time zones, clock skew) before it is bogus. */
const FUTURE_TOLERANCE_MS = 36 * 60 * 60 * 1000;

/**
 * The one extraction core: every source (site adapter, file reader) hands over a RawPosting
 * and every field of the Job is inferred here, so a fix to one extractor fixes all sources.
 */
export function normalizeJob(raw: RawPosting, options: NormalizeOptions): Job {
  const title = cleanInline(raw.title ?? '');
  const location = cleanLocation(raw.location);
  const sections = classifySections(raw.sections);
  // A source without a company field (or with a placeholder) leaves it to the posting text.
  const company = nullIfEmpty(cleanInline(raw.company ?? '')) ?? companyNamedInText(sections);
  const { skills, skillGroups } = withoutEmployer(extractSkills(sections), company);

  return {
    id: jobId({ url: raw.url, title, company, text: () => sections.map((s) => s.text).join('\n') }),
    url: raw.url,
    source: raw.source,
    title,
    company,
    location,
    workplace: detectWorkplace({ hint: raw.hints.workplace, boardDefault: raw.hints.boardWorkplace, title, location, sections }),
    employmentType: detectEmploymentType({
      hint: raw.hints.employmentType,
      title,
      sections,
      tags: raw.hints.tags,
    }),
    seniority: detectSeniority({ title, sections }),
    salary: extractSalary({
      title,
      sections,
      structured: raw.hints.salary,
      boardSalaryText: raw.hints.boardSalaryText,
      localDollar: raw.hints.boardDollar ?? localDollarOf(location),
    }),
    experience: extractExperience(sections),
    skills,
    skillGroups,
    dealBreakers: extractDealBreakers(sections),
    sections,
    postedAt: checkedPostedAt(raw.hints.postedAt, options.now),
    postingClosed: postingClosed(title, sections, raw.hints.closesAt, options.now),
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/**
 * A company whose name is also a product (GitLab, Amplitude, HubSpot) names itself, not a
 * requirement: an account executive at GitLab sells GitLab. Its name leaves the skills.
 */
function withoutEmployer(extracted: ReturnType<typeof extractSkills>, company: string | null): ReturnType<typeof extractSkills> {
  if (company === null) return extracted;
  const employer = company.toLowerCase().replace(/[,.]?\s+(?:inc|ltd|llc|gmbh|corp|co)\.?$/, '').trim();
  const other = (name: string) => name.toLowerCase() !== employer;
  const { skills, skillGroups } = extracted;
  if (![...skills.required, ...skills.preferred].some((name) => !other(name))) return extracted;
  return {
    skills: { ...skills, required: skills.required.filter(other), preferred: skills.preferred.filter(other) },
    skillGroups: skillGroups.map((g) => ({ ...g, anyOf: g.anyOf.filter(other) })).filter((g) => g.anyOf.length >= 2),
  };
}

function nullIfEmpty(text: string): string | null {
  return text === '' ? null : text;
}

/** A posting date the source gave, as ISO 8601 — or null when it is unreadable or in the future. */
function checkedPostedAt(postedAt: string | null | undefined, now: Date): string | null {
  if (!postedAt) return null;
  const time = Date.parse(postedAt);
  if (Number.isNaN(time) || time > now.getTime() + FUTURE_TOLERANCE_MS) return null;
  return new Date(time).toISOString();
}
