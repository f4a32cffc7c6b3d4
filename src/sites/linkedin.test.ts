// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { expectFixture, fixturePage } from '../../test/fixtures/sites/fixture-page';
import { POSTINGS } from '../../test/fixtures/sites/linkedin/cases';
import { linkedin, linkedinJobId } from './linkedin';
import { readPagePosting } from '../../test/support/read-page-posting';


describe('linkedin adapter', () => {
  it.each(POSTINGS)('reads $file', (fixture) => {
    expectFixture(linkedin, fixture);
  });

  it('keeps screen-reader text of the chips out of the salary', () => {
    const raw = readPagePosting(fixturePage('linkedin', 'view-logged-in.html'), new URL('https://www.linkedin.com/jobs/view/4012345678/'));
    expect(raw!.sections.at(-1)).toEqual({ heading: 'Compensation', text: 'CA$130K/yr - CA$155K/yr' });
  });

  it('waits while the search pane still shows the previously selected job', () => {
    const doc = fixturePage('linkedin', 'search-pane.html');
    expect(linkedin.extract(doc, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4033334444'))).toBeNull();
  });

  it('waits while a 2025 search pane still shows the previously selected job', () => {
    const doc = fixturePage('linkedin', 'search-pane-2025.html');
    expect(linkedin.extract(doc, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4066667777'))).toBeNull();
  });

  it('reads the second job once the 2025 pane shows it, and none of the first', () => {
    const doc = fixturePage('linkedin', 'search-pane-2025.html');
    const pane = doc.getElementById('pane')!;
    pane.replaceChildren(...Array.from(fixturePage('linkedin', 'search-pane-2025-second.html').body.childNodes).map((node) => doc.importNode(node, true)));
    const raw = readPagePosting(doc, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4066667777'));
    expect(raw).toMatchObject({ title: 'Analytics Engineer', company: 'Corvo Logistics', location: 'Porto, Porto, Portugal', hints: { workplace: 'hybrid', employmentType: 'contract' } });
    expect(JSON.stringify(raw)).not.toContain('Tidewater');
  });

  it('reads nothing from the cards of a search page whose pane has not painted', () => {
    const doc = fixturePage('linkedin', 'search-pane-2025.html');
    doc.getElementById('pane')!.replaceChildren();
    expect(linkedin.extract(doc, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4055556666'))).toBeNull();
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/4012345678/', '4012345678'],
    ['https://de.linkedin.com/jobs/view/senior-engineer-at-acme-4012345678', '4012345678'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678', '4012345678'],
    ['https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678&keywords=go', '4012345678'],
    ['https://www.linkedin.com/jobs/search/?keywords=go', null],
    ['https://www.linkedin.com/feed/?currentJobId=4012345678', null],
    ['https://www.linkedin.com/jobs/search/?currentJobId=abc', null],
  ])('linkedinJobId(%s) is %s', (url, expected) => {
    expect(linkedinJobId(new URL(url))).toBe(expected);
  });

  it.each([
    ['https://www.linkedin.com/jobs/view/4012345678/', true],
    ['https://www.linkedin.com/jobs/', false],
    ['https://www.linkedin.com/in/someone/', false],
    ['https://www.notlinkedin.com/jobs/view/4012345678/', false],
  ])('matchesUrl(%s) is %s', (url, expected) => {
    expect(linkedin.matchesUrl(new URL(url))).toBe(expected);
  });
});
