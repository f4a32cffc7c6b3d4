import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_READERS } from '../sources/json-ld';
import { assemblePosting } from './assemble-posting';
import { NO_SITE_FIELDS } from '../sites/make-page-posting';
import { PagePosting, type SiteFields } from '../sites/page-posting';

const PAGE_URL = 'https://jobs.example.com/acme/1';

const NODE = {
  '@type': 'JobPosting',
  title: 'Data Engineer',
  url: 'https://careers.acme.example/jobs/data-engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme &amp; Sons' },
  employmentType: 'FULL_TIME',
  description: '<p>Build pipelines in Python and SQL for our warehouse.</p>',
};

const SITE: SiteFields = {
  title: 'Data Engineer (m/f/d)',
  company: 'Acme GmbH',
  location: 'Berlin',
  sections: [{ heading: '', text: 'Short teaser.' }],
  salaryText: '€70K/yr - €80K/yr',
  hints: { workplace: 'hybrid', employmentType: 'part-time' },
};

const page = (source: PagePosting['source'], jsonLd: unknown[], site: SiteFields = SITE): PagePosting => ({ source, url: PAGE_URL, site, jsonLd });

describe('assemblePosting', () => {
  it('on a site page takes the JSON-LD as the base, fills what it misses from the site, and saves it under the site URL', () => {
    expect(assemblePosting(page('linkedin', [NODE]), FILE_READERS)).toEqual({
      source: 'linkedin',
      url: PAGE_URL,
      title: 'Data Engineer',
      company: 'Acme & Sons',
      location: 'Berlin',
      sections: [
        { heading: '', text: 'Build pipelines in Python and SQL for our warehouse.' },
        { heading: 'Compensation', text: '€70K/yr - €80K/yr' },
      ],
      hints: { workplace: 'hybrid', employmentType: 'full-time' },
    });
  });

  it('on a site page uses the site description when it is the longer one', () => {
    const sections = [{ heading: 'About', text: 'The full description, much longer than the JSON-LD teaser. '.repeat(5) }];
    expect(assemblePosting(page('workday', [NODE], { ...SITE, sections }), FILE_READERS)?.sections[0]).toEqual(sections[0]);
  });

  it('on a site page without JSON-LD reads the site alone', () => {
    expect(assemblePosting(page('indeed', []), FILE_READERS)).toMatchObject({
      source: 'indeed',
      url: PAGE_URL,
      title: 'Data Engineer (m/f/d)',
      company: 'Acme GmbH',
      hints: SITE.hints,
    });
  });

  it.each([
    ['the node names its URL', NODE, 'https://careers.acme.example/jobs/data-engineer'],
    ['the node names none', { ...NODE, url: undefined }, PAGE_URL],
  ])('on a generic JSON-LD page gives the mapped node as it is, when %s', (_case, node, url) => {
    expect(assemblePosting(page('jsonld', [node], NO_SITE_FIELDS), FILE_READERS)).toEqual({
      source: 'jsonld',
      url,
      title: 'Data Engineer',
      company: 'Acme & Sons',
      location: null,
      sections: [{ heading: '', text: 'Build pipelines in Python and SQL for our warehouse.' }],
      hints: { workplace: null, employmentType: 'full-time', salary: null, postedAt: null },
    });
  });

  it.each([
    ['a site page', 'greenhouse'],
    ['a generic page', 'jsonld'],
  ] as const)('on %s takes the first node that maps, skipping those without a title', (_case, source) => {
    const nodes = [{ '@type': 'JobPosting', description: 'untitled' }, 'not a node', { ...NODE, title: 'Second' }, { ...NODE, title: 'Third' }];
    expect(assemblePosting(page(source, nodes), FILE_READERS)?.title).toBe('Second');
  });

  it.each([
    ['a site page whose fields and nodes name no job', page('lever', [{ '@type': 'JobPosting', title: '   ' }], { ...SITE, title: null })],
    ['a generic page whose nodes name no job', page('jsonld', [{ '@type': 'JobPosting', title: 42 }], NO_SITE_FIELDS)],
    // The generic adapter reads no site fields, so a title there is not a posting either.
    ['a generic page without nodes', page('jsonld', [])],
  ])('gives null for %s', (_case, input) => {
    expect(assemblePosting(input, FILE_READERS)).toBeNull();
  });
});

describe('assemblePosting on any page the background accepts', () => {
  const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('<p>Go</p>', '&amp;', '&lt;li&gt;x', '  ', '\n'));
  const node = fc.oneof(
    fc.dictionary(fc.constantFrom('@type', 'title', 'name', 'description', 'url', 'hiringOrganization', 'jobLocation', 'baseSalary', 'employmentType', 'datePosted'), fc.oneof(text, fc.anything())),
    fc.record({ '@type': fc.constant('JobPosting'), title: text, description: text }),
  );
  const site = fc.record({
    title: fc.option(text),
    company: fc.option(text),
    location: fc.option(text),
    sections: fc.array(fc.record({ heading: text, text }), { maxLength: 4 }),
    salaryText: fc.option(text),
  });
  const source = fc.constantFrom(...PagePosting.shape.source.options);

  it('never throws, and whatever it gives is named', () => {
    fc.assert(
      fc.property(source, site, fc.array(node, { maxLength: 4 }), (pageSource, fields, jsonLd) => {
        const parsed = PagePosting.safeParse({ source: pageSource, url: PAGE_URL, site: fields, jsonLd });
        if (!parsed.success) return;
        const posting = assemblePosting(parsed.data, FILE_READERS);
        if (posting) expect(posting.title).toBeTruthy();
      }),
      { numRuns: 300 },
    );
  });
});
