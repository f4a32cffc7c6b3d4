/** How each site adapter is named to the user. */
export const SITE_LABELS: Readonly<Record<string, string>> = {
  greenhouse: 'Greenhouse',
  lever: 'Lever',
  ashby: 'Ashby',
  workable: 'Workable',
  smartrecruiters: 'SmartRecruiters',
  workday: 'Workday',
  linkedin: 'LinkedIn',
  indeed: 'Indeed',
  jsonld: 'Other pages with a schema.org JobPosting',
};

export const siteLabel = (id: string): string => SITE_LABELS[id] ?? id;
