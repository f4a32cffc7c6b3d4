// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { describe, expect, it } from 'vitest';
import { fixturePage } from '../../test/fixtures/sites/fixture-page';
import { LISTINGS } from '../../test/fixtures/sites/listings';
import { listingCards } from './listing-cards';
import { extractPosting, listingAdaptersFor, SITE_ADAPTERS } from './registry';

describe('listing cards', () => {
  it.each(LISTINGS)('$site/$file: one card per job, each leading to the address its posting is saved under', ({ site, file, url }) => {
    const doc = fixturePage(site, file);
    const cards = listingCards(doc, new URL(url), listingAdaptersFor(new URL(url)), new WeakSet());
    const wanted = LISTINGS.find((listing) => listing.site === site && listing.file === file)!.postingUrls;
    // The title of the job open in the pane beside the results is not a second card.
    expect(cards.map((card) => card.postingUrl)).toEqual(wanted);
  });

  it.each(LISTINGS)('$site/$file under a listing address gets no posting badge', ({ site, file, url }) => {
    expect(extractPosting(fixturePage(site, file), new URL(url))).toBeNull();
  });

  it('groups the links of one card (title, logo, company) into one card', () => {
    const doc = new DOMParser().parseFromString(
      '<ul><li><a href="/jobs/view/4011112222/">Backend Engineer</a><a href="/jobs/view/4011112222/?trk=logo"><img alt=""></a></li><li><a href="/jobs/view/4033334444/">Data Engineer</a></li></ul>',
      'text/html',
    );
    const cards = listingCards(doc, new URL('https://www.linkedin.com/jobs/search/'), listingAdaptersFor(new URL('https://www.linkedin.com/jobs/search/')), new WeakSet());
    expect(cards.map((card) => card.postingUrl)).toEqual(['https://www.linkedin.com/jobs/view/4011112222/', 'https://www.linkedin.com/jobs/view/4033334444/']);
  });

  it('reads only links not seen before, so cards loaded later are all that is read again', () => {
    const doc = fixturePage('lever', 'board-index.html');
    const url = new URL('https://jobs.lever.co/bluefinhealth');
    const seen = new WeakSet<Element>();
    const lever = listingAdaptersFor(url);
    expect(listingCards(doc, url, lever, seen)).toHaveLength(2);
    expect(listingCards(doc, url, lever, seen)).toHaveLength(0);
    const more = doc.createElement('div');
    more.innerHTML = '<a class="posting-title" href="/bluefinhealth/7d2e9f30-4b5c-4d6e-8f10-2b3c4d5e6f70">Site Reliability Engineer</a>';
    doc.querySelector('.postings-group')!.append(more);
    expect(listingCards(doc, url, lever, seen).map((card) => card.postingUrl)).toEqual(['https://jobs.lever.co/bluefinhealth/7d2e9f30-4b5c-4d6e-8f10-2b3c4d5e6f70']);
  });

  it('ignores links that are not postings, apply forms and hostile hrefs', () => {
    const doc = new DOMParser().parseFromString(
      '<a href="javascript:alert(1)">x</a><a href="https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e/apply">Apply</a><a href="http://[bad">bad</a><a href="/about">About</a>',
      'text/html',
    );
    const url = new URL('https://jobs.lever.co/bluefinhealth');
    expect(listingCards(doc, url, listingAdaptersFor(url), new WeakSet())).toEqual([]);
  });

  it('is offered on the eight listing sites', () => {
    expect(SITE_ADAPTERS.filter((adapter) => adapter.listingPostingUrl).map((adapter) => adapter.id).sort()).toEqual(['ashby', 'glassdoor', 'greenhouse', 'indeed', 'lever', 'linkedin', 'seek', 'workday']);
  });
});
