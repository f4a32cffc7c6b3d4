// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descriptionToSectionsInDom } from '../../test/support/description-sections';
import { domTextField } from '../../test/support/dom-text-field';
import { HOSTILE_PAGE_TEXTS } from '../../test/support/hostile-inputs';
import { plainTextToSections } from './plain-text-sections';
import { extractPosting, SITE_ADAPTERS } from './registry';

/** HTML-ish noise: tags, entities, JSON-LD fragments, job-site hooks and text. */
const htmlPiece = fc.constantFrom(
  '<p>', '</p>', '<li>', '<ul>', '</ul>', '<h2>', '</h2>', '<b>', '</b>', '<br>', '<script>', '</script>', '<div hidden>',
  '&amp;', '&lt;', '&#x41;', '&notin;', '& ', '#', '- ', '•', '\n', ' ', 'Go', '$100k', '<img src=x onerror=alert(1)>',
  '<script type="application/ld+json">{"@type":"JobPosting","title":"T"', '}</script>', '<h1 class="app-title">',
  '<div data-automation-id="jobPostingHeader">', '<div id="jobDescriptionText">', '"', '{', '[',
);
const htmlNoise = fc.array(fc.oneof(htmlPiece, fc.string({ maxLength: 20 })), { maxLength: 80 }).map((parts) => parts.join(''));

describe('site readers on arbitrary input', () => {
  it('never throw, and give trimmed lines with no blank ones', () => {
    fc.assert(
      fc.property(htmlNoise, (html) => {
        for (const section of descriptionToSectionsInDom(html)) {
          expect(section.text).not.toMatch(/^\s|\s$/);
          expect(section.text.includes('\n\n')).toBe(false);
        }
        plainTextToSections(html);
        domTextField(html);
      }),
      { numRuns: 300 },
    );
  });

  it('match any URL and read any page without throwing', () => {
    const hosts = fc.constantFrom('job-boards.greenhouse.io', 'jobs.lever.co', 'jobs.ashbyhq.com', 'apply.workable.com', 'jobs.smartrecruiters.com', 'acme.wd5.myworkdayjobs.com', 'www.linkedin.com', 'www.indeed.com', 'example.com');
    const paths = fc.array(fc.oneof(fc.constantFrom('jobs', 'view', 'j', 'job', 'embed', 'job_app', '4012345678', '0c5f6a7b-8c9d-4e0f-a1b2-c3d4e5f60718', 'x_R1'), fc.webSegment()), { maxLength: 6 });
    const query = fc.constantFrom('', '?gh_jid=1', '?currentJobId=4012345678', '?vjk=0a1b2c3d4e5f6789', '?jk=0a1b2c3d4e5f6789', '?for=a&token=1');
    fc.assert(
      fc.property(hosts, paths, query, htmlNoise, (host, segments, search, html) => {
        const url = new URL(`https://${host}/${segments.join('/')}${search}`);
        for (const adapter of SITE_ADAPTERS) adapter.matchesUrl(url);
        const doc = new DOMParser().parseFromString(html, 'text/html');
        extractPosting(doc, url, { onAdapterError: (id, error) => expect.fail(`${id} threw ${String(error)}`) });
      }),
      { numRuns: 200 },
    );
  });

  // How long the page-text readers take on these is a bench figure (`hostile-1mb-page-text`).
  it.each(HOSTILE_PAGE_TEXTS)('read a megabyte of %s as text, never as more than was given', (_name, build) => {
    const input = build();
    const sections = plainTextToSections(input);
    expect(sections.reduce((n, section) => n + section.heading.length + section.text.length, 0)).toBeLessThanOrEqual(input.length);
    expect((domTextField(input) ?? '').length).toBeLessThanOrEqual(input.length);
  });
});
