/**
 * The known job sites, where the content script runs without asking (manifest `matches`).
 * Every other page needs the optional all-sites permission or the popup's “Find a posting on this page”.
 */
export const KNOWN_JOB_SITE_MATCHES = [
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://jobs.ashbyhq.com/*',
  'https://apply.workable.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://*.myworkdayjobs.com/*',
  'https://www.linkedin.com/jobs/*',
  'https://*.indeed.com/*',
];
