import { describe, expect, it } from 'vitest';
import { makePagePosting, NO_SITE_FIELDS } from './make-page-posting';
import type { SiteFields } from './page-posting';

const URL_TEXT = 'https://jobs.example.com/1';
const SITE: SiteFields = { title: 'Analyst', company: 'Acme', location: 'Oslo', sections: [{ heading: '', text: 'Crunch numbers.' }], salaryText: null };
const TITLED = { '@type': 'JobPosting', title: 'Analyst' };
const NAMED = { '@type': 'JobPosting', name: 'Analyst' };
const UNTITLED = { '@type': 'JobPosting', title: ' ', description: 'Crunch numbers.' };

describe('makePagePosting', () => {
  it.each([
    ['the site names the job', SITE, []],
    ['a node has a title', NO_SITE_FIELDS, [TITLED]],
    ['a node has a name', NO_SITE_FIELDS, [UNTITLED, NAMED]],
  ])('reads the page when %s, sending fields and nodes as read', (_case, site, nodes) => {
    expect(makePagePosting('lever', URL_TEXT, nodes, site)).toEqual({ source: 'lever', url: URL_TEXT, site, jsonLd: nodes });
  });

  it.each([
    ['nothing is rendered yet', NO_SITE_FIELDS, []],
    ['the only node has a blank title', { ...SITE, title: null }, [UNTITLED]],
    ['the site title is empty', { ...SITE, title: '' }, [{ '@type': 'JobPosting', title: 7 }]],
  ])('gives null, so the caller retries, when %s', (_case, site, nodes) => {
    expect(makePagePosting('ashby', URL_TEXT, nodes, site)).toBeNull();
  });
});
