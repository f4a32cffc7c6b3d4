import type { Job, RawPosting } from '../core';
import { detectEmploymentType } from './employment';
import { extractExperience } from './experience';
import { jobId } from './job-id';
import { companyNamedInText } from './company-in-text';
import { cleanLocation } from './location';
import { cleanInline } from './normalize-text';
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
  const { skills, skillGroups } = extractSkills(sections);

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
    }),
    experience: extractExperience(sections),
    skills,
    skillGroups,
    sections,
    postedAt: checkedPostedAt(raw.hints.postedAt, options.now),
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
