import type { Source } from '../core/job';
import type { PostingHints, RawPosting, RawSection } from '../core/raw-posting';
import type { SiteFields } from '../sites/page-posting';

export type { SiteFields } from '../sites/page-posting';

/**
 * Generic first, site second (DESIGN.md §4.2): the page's JSON-LD posting, when it has one,
 * is the base and the site's DOM fills only what it misses. The description is whichever is
 * longer, since some sites put a teaser in JSON-LD and the full text on the page. `url` is
 * the site's canonical address for the posting (stable, so saving twice finds the same job).
 * Null without a title: a posting must be named.
 */
export function sitePosting(source: Source, url: string, base: RawPosting | null, site: SiteFields): RawPosting | null {
  const title = base?.title ?? site.title;
  if (!title) return null;
  const baseSections = base?.sections ?? [];
  const sections = textLength(site.sections) > textLength(baseSections) ? [...site.sections] : [...baseSections];
  const hints: PostingHints = { ...site.hints };
  for (const [key, value] of Object.entries(base?.hints ?? {}) as [keyof PostingHints, unknown][]) {
    if (value !== null && value !== undefined) (hints as Record<string, unknown>)[key] = value;
  }
  const salaryText = site.salaryText?.trim();
  if (salaryText && !hints.salary && !sections.some((s) => s.text.includes(salaryText))) {
    sections.push({ heading: 'Compensation', text: salaryText });
  }
  return {
    source,
    url,
    title,
    company: base?.company ?? site.company,
    location: base?.location ?? site.location,
    sections,
    hints,
  };
}

function textLength(sections: readonly RawSection[]): number {
  return sections.reduce((sum, section) => sum + section.text.length, 0);
}
