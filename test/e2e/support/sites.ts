import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FixtureResponse, FixtureRoute } from './server';

const SITE_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/sites');
const E2E_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/e2e');

const site = (id: string, file: string) => readFileSync(path.join(SITE_FIXTURES, id, file), 'utf8');
const e2e = (file: string) => readFileSync(path.join(E2E_FIXTURES, file), 'utf8');
const html = (body: string): FixtureResponse => ({ body });
const json = (body: string, extra: Partial<FixtureResponse> = {}): FixtureResponse => ({
  body,
  contentType: 'application/json',
  ...extra,
});

/** Real posting URLs, as a user would open them, each served from one of our fixture pages. */
export const PAGES = {
  greenhouseNew: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678?gh_src=e2e',
  /** The same posting under another id, whose API answers only after a second and a half. */
  greenhouseSlowApi: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345679',
  greenhouseClassic: 'https://boards.greenhouse.io/fernhill/jobs/5550001111',
  /** The classic posting, rendered client-side, whose API is down: the page must still be read. */
  greenhouseLateRender: 'https://boards.greenhouse.io/fernhill/jobs/5550002222',
  lever: 'https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e',
  ashby: 'https://jobs.ashbyhq.com/quillstone/0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718',
  linkedin: 'https://www.linkedin.com/jobs/view/4012345678/',
  /** The greenhouseNew posting as LinkedIn shows it: the same job on two sites. */
  linkedinNorthwindCopy: 'https://www.linkedin.com/jobs/view/4099990001/',
  linkedinSearch: 'https://www.linkedin.com/jobs/search/?currentJobId=4011112222&keywords=backend',
  indeed: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789',
  noPosting: 'https://www.indeed.com/about/company',
  hostile: 'https://jobs.smartrecruiters.com/HostileCorp/744000042-hostile-posting',
  huge: 'https://www.linkedin.com/jobs/view/4012345678/?e2e=huge',
} as const;

export const HOSTS = [
  'job-boards.greenhouse.io',
  'boards.greenhouse.io',
  'boards-api.greenhouse.io',
  'jobs.lever.co',
  'jobs.ashbyhq.com',
  'www.linkedin.com',
  'www.indeed.com',
  'jobs.smartrecruiters.com',
];

const STRICT_PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";

/** About 5 MB of page around a real posting: the content script must stay bounded on it. */
function hugePage(): string {
  const posting = site('linkedin', 'view-logged-in.html');
  const filler = `<div class="feed-item"><p>${'Unrelated feed text about Go, Java and teamwork. '.repeat(40)}</p></div>\n`;
  return posting.replace('</body>', `${filler.repeat(Math.ceil(5_000_000 / filler.length))}</body>`);
}

export function siteRoutes(): FixtureRoute {
  const huge = hugePage();
  const ashbyBody = /<body[^>]*>([\s\S]*)<\/body>/.exec(site('ashby', 'posting.html'))?.[1] ?? '';
  return (url) => {
    const page = `${url.origin}${url.pathname}`;
    switch (page) {
      case 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678':
      case PAGES.greenhouseSlowApi:
        return html(site('greenhouse', 'job-board-posting.html'));
      case 'https://boards-api.greenhouse.io/v1/boards/northwindlabs/jobs/4012345678':
        return json(e2e('greenhouse-api-northwindlabs.json'));
      case 'https://boards-api.greenhouse.io/v1/boards/northwindlabs/jobs/4012345679':
        return json(e2e('greenhouse-api-northwindlabs.json'), { delayMs: 1_500 });
      case 'https://boards.greenhouse.io/fernhill/jobs/5550001111':
        return html(site('greenhouse', 'classic-board-posting.html'));
      case PAGES.greenhouseLateRender: {
        const classic = site('greenhouse', 'classic-board-posting.html');
        if (url.searchParams.get('part') === 'posting') return html(/<body[^>]*>([\s\S]*)<\/body>/.exec(classic)?.[1] ?? '');
        return html('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fernhill</title><script src="/static/late-render.js" defer></script></head><body><div id="root"></div></body></html>');
      }
      case 'https://boards.greenhouse.io/static/late-render.js':
        return { body: e2e('late-render.js'), contentType: 'text/javascript' };
      case 'https://boards-api.greenhouse.io/v1/boards/fernhill/jobs/5550002222':
      case 'https://boards-api.greenhouse.io/v1/boards/fernhill/jobs/5550001111':
        // The API is down: the badge must fall back to the page's own text.
        return json('{"status":500}', { status: 500 });
      case PAGES.lever:
        return html(site('lever', 'posting.html'));
      case PAGES.ashby:
        return html(site('ashby', 'unrendered-shell.html'));
      case 'https://jobs.ashbyhq.com/static/app.js':
        return { body: e2e('ashby-app.js'), contentType: 'text/javascript' };
      case 'https://jobs.ashbyhq.com/static/rendered-posting.html':
        return html(ashbyBody);
      case PAGES.linkedin:
        if (url.searchParams.get('e2e') === 'huge') return html(huge);
        // As strict a Content-Security-Policy as a job site sends: the badge part, which the
        // content script loads from the extension, and its styles must not be blocked by it.
        return { ...html(site('linkedin', 'view-logged-in.html')), headers: { 'content-security-policy': STRICT_PAGE_CSP } };
      case PAGES.linkedinNorthwindCopy:
        return html(e2e('linkedin-northwind-copy.html'));
      case 'https://www.linkedin.com/jobs/search/':
        return html(site('linkedin', 'search-pane.html'));
      case 'https://www.linkedin.com/e2e/view-main.html':
        // The <main> of another posting, for a page script that navigates like LinkedIn's SPA.
        return html(/<main[\s\S]*<\/main>/.exec(site('linkedin', 'view-logged-in.html'))?.[0] ?? '');
      case 'https://www.indeed.com/viewjob':
        return html(site('indeed', 'viewjob.html'));
      case PAGES.noPosting:
        return html(site('jsonld', 'no-posting.html'));
      case PAGES.hostile:
        return html(site('jsonld', 'hostile.html'));
      default:
        return undefined;
    }
  };
}
