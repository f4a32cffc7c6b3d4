import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeHtmlPage, parseHtmlPage, withoutSiteSuffix } from './html-page';

const read = (name: string, url: string | null = null) => parseHtmlPage(readFixture('html-page', name).text, url);

describe('parseHtmlPage', () => {
  it('reads a career page without JSON-LD: the article h1 (not the logo h1), canonical URL, site name, marked location', () => {
    expect(read('career-page.html')).toMatchObject([
      {
        source: 'html',
        title: 'Billing Engineer <img src=x onerror=alert(1)>',
        url: 'https://careers.bramblebank.example/jobs/billing-engineer',
        company: 'Bramblebank',
        location: 'Edinburgh, Scotland',
      },
    ]);
  });

  it('keeps the posting and drops scripts, navigation, sidebars, forms and footers', () => {
    const [posting] = read('career-page.html');
    expect(posting?.sections).toEqual([
      { heading: '', text: 'Edinburgh, Scotland\nBramblebank runs the ledgers for 200 credit unions.' },
      { heading: 'Your work', text: '- Build invoicing in Elixir\n- Keep PostgreSQL fast\n- Talk to finance teams\n**Nice to have:**\n- Experience with Stripe' },
    ]);
    expect(JSON.stringify(posting)).not.toMatch(/tracking|Similar jobs|Privacy|Apply now|svg text|Teams/);
  });

  it('prefers the element marked as the job description, and reads the advertiser, location and work type marked up around it', () => {
    expect(read('board-page.html', 'https://jobs.example.com/job/1')).toMatchObject([
      {
        source: 'html',
        title: 'Site Reliability Engineer',
        company: 'Coralgate Health',
        location: 'Perth WA (Hybrid)',
        url: 'https://jobs.example.com/job/1',
        hints: { employmentType: 'contract' },
      },
    ]);
    const text = read('board-page.html')[0]?.sections.map((s) => s.text).join('\n') ?? '';
    expect(text).toContain('- Run our Kubernetes clusters');
    expect(text).not.toContain('Sign in to see how you compare');
  });

  it('falls back to <title> without its site suffix, and to the body, when there is no h1', () => {
    expect(read('title-tag-only.html')).toMatchObject([
      { title: 'Data Engineer', company: null, sections: [{ heading: '', text: 'Move data from A to B, reliably.\nAirflow, dbt, BigQuery.' }] },
    ]);
  });

  it('finds nothing in a page with neither a JobPosting nor a heading or title', () => {
    expect(read('no-posting.html')).toEqual([]);
  });

  it('uses JSON-LD when the page has it, filling company and location from the page markup', () => {
    const html = `<html><body><span data-automation="advertiser-name">Saltmarsh Ltd</span>
      <script type="application/ld+json">{"@type":"JobPosting","title":"Courier","description":"<p>Ride bikes.</p>"}</script>
      <h1>Courier</h1></body></html>`;
    expect(parseHtmlPage(html)).toMatchObject([{ source: 'jsonld', title: 'Courier', company: 'Saltmarsh Ltd', sections: [{ heading: '', text: 'Ride bikes.' }] }]);
  });

  it('reads the page body for a JobPosting that has no description', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Baker"}</script><main><h1>Baker</h1><p>Bread at 4am.</p></main>`;
    expect(parseHtmlPage(html)[0]?.sections).toEqual([{ heading: 'Baker', text: 'Bread at 4am.' }]);
  });

  it.each([
    ['a doctype', '<!DOCTYPE html><p>x', true],
    ['an html tag', '  <html lang="en">', true],
    ['a fragment of blocks', '<div><h2>Role</h2></div>', true],
    ['markdown', '# Title\n<b>x</b>', false],
    ['a lone angle bracket', '< 5 years', false],
  ])('looksLikeHtmlPage: %s → %s', (_name, text, expected) => {
    expect(looksLikeHtmlPage(text)).toBe(expected);
  });

  it.each([
    ['Billing Engineer | Bramblebank Careers', 'Billing Engineer'],
    ['Data Engineer - Acorn & Oak Careers', 'Data Engineer'],
    ['Engineer - Platform - Acme', 'Engineer - Platform'],
    ['No suffix here', 'No suffix here'],
    [`Title | ${'a very long segment that is probably part of the title itself'}`, `Title | ${'a very long segment that is probably part of the title itself'}`],
  ])('withoutSiteSuffix(%j) → %j', (title, expected) => {
    expect(withoutSiteSuffix(title)).toBe(expected);
  });
});
