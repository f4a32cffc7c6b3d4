// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { ALL_POSTINGS } from '../../test/fixtures/sites/all-cases';
import { FIXTURE_NOW, fixturePage } from '../../test/fixtures/sites/fixture-page';
import { normalizeJob } from '../extract/normalize-job';
import { readAnyPosting } from './any-page';
import { assemblePosting } from '../background/assemble-posting';
import { DOM_READERS } from '../../test/support/dom-readers';

/** The posting as "Find a posting on this page" reads it: no site adapter at all. */
function readWithoutAdapters(site: string, file: string, url: string) {
  const page = readAnyPosting(fixturePage(site, file), new URL(url));
  return page ? normalizeJob(assemblePosting(page, DOM_READERS)!, { now: FIXTURE_NOW }) : null;
}

function sameSkills(found: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((skill) => found.includes(skill));
}

function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const POSTING_BODY = `
  <nav><a href="/">Home</a><a href="/jobs">All jobs</a></nav>
  <main>
    <h1>Senior Data Engineer</h1>
    <p>Moss &amp; Fern plans delivery routes for 300 florists across Belgium and the Netherlands.</p>
    <h2>What you'll do</h2>
    <ul><li>Build our pipelines.</li><li>Own the warehouse.</li></ul>
    <h2>Requirements</h2>
    <ul><li>5+ years of data engineering with Python and dbt.</li><li>Strong SQL; Snowflake in production.</li></ul>
    <h2>Benefits</h2>
    <p>Salary €70,000 – €85,000 a year. Hybrid, two days in our Ghent office.</p>
    <p><a href="/apply">Apply now</a></p>
  </main>
  <footer>© Moss &amp; Fern</footer>`;

describe('readAnyPosting: a page no adapter knows', () => {
  it('reads the main block, the title from h1 and the company from og:site_name', () => {
    const found = readAnyPosting(page(POSTING_BODY, '<title>Senior Data Engineer - Moss & Fern Careers</title><meta property="og:site_name" content="Moss &amp; Fern">'), new URL('https://careers.mossfern.example/jobs/42#apply'));
    expect(found).toMatchObject({ source: 'page', url: 'https://careers.mossfern.example/jobs/42', site: { title: 'Senior Data Engineer', company: 'Moss & Fern' } });
    const job = normalizeJob(assemblePosting(found!, DOM_READERS)!, { now: FIXTURE_NOW });
    expect(job.skills.required).toEqual(expect.arrayContaining(['Python', 'dbt', 'Snowflake', 'SQL']));
    expect(job.salary).toMatchObject({ min: 70000, max: 85000, currency: 'EUR', period: 'year' });
    expect(job.experience?.minYears).toBe(5);
    // Navigation and calls to action are page chrome, not the posting.
    expect(job.sections.map((s) => s.text).join('\n')).not.toMatch(/All jobs|Apply now/);
  });

  it('reads where, how and on what terms from the facts line under the title, and from nowhere else', () => {
    const facts = POSTING_BODY.replace('</h1>', '</h1><p>Ghent, Belgium · Hybrid · Permanent, full time</p>');
    const found = readAnyPosting(page(facts), new URL('https://careers.mossfern.example/jobs/42'));
    expect(found?.site).toMatchObject({ location: 'Ghent, Belgium', hints: { workplace: 'hybrid', employmentType: 'full-time' } });
    // The same words deep in the description are not a header.
    const deep = readAnyPosting(page(POSTING_BODY.replace('<h2>Benefits</h2>', '<h2>Benefits</h2><p>Ghent, Belgium · Remote · Contract</p>')), new URL('https://careers.mossfern.example/jobs/42'));
    expect(deep?.site).toMatchObject({ location: null, hints: { workplace: null, employmentType: null } });
  });

  it('takes the company from "… at Company" or the document title when the page names no site', () => {
    const at = readAnyPosting(page(POSTING_BODY.replace('<h1>Senior Data Engineer</h1>', '<h1>Senior Data Engineer at Moss &amp; Fern</h1>')), new URL('https://mossfern.example/jobs/42'));
    expect(at?.site).toMatchObject({ title: 'Senior Data Engineer', company: 'Moss & Fern' });
    const titled = readAnyPosting(page(POSTING_BODY, '<title>Senior Data Engineer | Moss &amp; Fern</title>'), new URL('https://mossfern.example/jobs/42'));
    expect(titled?.site).toMatchObject({ title: 'Senior Data Engineer', company: 'Moss & Fern' });
  });

  it('prefers the page’s JSON-LD JobPosting', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Florist Route Planner","hiringOrganization":{"name":"Moss & Fern"},"description":"<p>Plan routes.</p>"}</script>';
    const found = readAnyPosting(page(POSTING_BODY, head), new URL('https://mossfern.example/jobs/42'));
    const posting = assemblePosting(found!, DOM_READERS);
    expect(posting).toMatchObject({ title: 'Florist Route Planner', company: 'Moss & Fern' });
    // The page's fuller text wins over a JSON-LD teaser.
    expect(posting?.sections.map((s) => s.text).join('\n')).toContain('5+ years of data engineering with Python and dbt.');
  });

  it.each([
    ['a news article', '<article><h1>Florists brace for a busy Valentine’s Day</h1>' + '<p>Growers across Belgium expect demand to double this year, as they do every February.</p>'.repeat(8) + '</article>'],
    ['a shop page', '<main><h1>Tulip bulbs, 50 pack</h1><p>€12.99</p><button>Add to basket</button><p>' + 'Hardy bulbs that flower in April. '.repeat(20) + '</p></main>'],
    ['an empty page', ''],
  ])('finds no posting on %s', (_what, body) => {
    expect(readAnyPosting(page(body, '<title>Moss &amp; Fern</title>'), new URL('https://mossfern.example/news/1'))).toBeNull();
  });
});

describe('readAnyPosting on every site’s posting fixture, with every site adapter switched off', () => {
  const results = ALL_POSTINGS.map((fixture) => {
    const job = readWithoutAdapters(fixture.site, fixture.file, fixture.url);
    const titleRight = job?.title === fixture.title;
    const skillsRight = job !== null && sameSkills([...job.skills.required, ...job.skills.preferred], [...fixture.required, ...(fixture.preferred ?? [])]);
    return { name: `${fixture.site}/${fixture.file}`, titleRight, skillsRight, got: job && { title: job.title, skills: [...job.skills.required, ...job.skills.preferred] } };
  });

  it('gets title and skills right on at least 70 % of them', () => {
    const right = results.filter((r) => r.titleRight && r.skillsRight);
    const wrong = results.filter((r) => !(r.titleRight && r.skillsRight));
    console.info(`any-page reader: title and skills right on ${right.length} of ${results.length} posting fixtures; missed: ${wrong.map((r) => `${r.name} ${JSON.stringify(r.got)}`).join('; ')}`);
    expect(right.length / results.length).toBeGreaterThanOrEqual(0.7);
  });
});
