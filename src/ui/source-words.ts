import type { Source } from '../core/job';

/**
 * Where a saved job was read from, in the user's words ("LinkedIn", "a saved file"). The
 * site names are those of the site registrations (src/sites); a test keeps the two the same
 * without the popup loading the sites' reading code.
 */
export const SOURCE_LABELS: Record<Source, string> = {
  remotewlb: 'RemoteWLB',
  frontmatter: 'a Markdown file',
  markdown: 'a Markdown file',
  jsonld: 'a company page',
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workable: 'Workable',
  smartrecruiters: 'SmartRecruiters',
  workday: 'Workday',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  glassdoor: 'Glassdoor',
  seek: 'SEEK',
  stepstone: 'StepStone',
  welcometothejungle: 'Welcome to the Jungle',
  wellfound: 'Wellfound',
  teamtailor: 'Teamtailor',
  recruitee: 'Recruitee',
  personio: 'Personio',
  bamboohr: 'BambooHR',
  page: 'a web page',
  html: 'a saved page',
  text: 'a text file',
};

/** "Greenhouse and LinkedIn", "Greenhouse, LinkedIn and Indeed": the sources of one job, each once. */
export function sourcesWords(sources: readonly Source[]): string {
  const names = [...new Set(sources.map((source) => SOURCE_LABELS[source]))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
