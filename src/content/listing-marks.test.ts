// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixturePage } from '../../test/fixtures/sites/fixture-page';
import { listingAdaptersFor } from '../sites/registry';
import { ListingMarks } from './listing-marks';

const SAVED = 'https://jobs.lever.co/bluefinhealth/5b0c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e';
const LATER = 'https://jobs.lever.co/bluefinhealth/7d2e9f30-4b5c-4d6e-8f10-2b3c4d5e6f70';
/** The listing sites the content script would look for cards of at the board's address. */
const LEVER = listingAdaptersFor(new URL('https://jobs.lever.co/bluefinhealth'));

/** The board index, served at its address, in this test's document. */
function openBoard(): void {
  const page = fixturePage('lever', 'board-index.html');
  document.body.innerHTML = page.body.innerHTML;
  vi.spyOn(document, 'baseURI', 'get').mockReturnValue('https://jobs.lever.co/bluefinhealth');
}

function markTexts(): string[] {
  return [...document.querySelectorAll('[data-jobmark-mark]')].map((mark) => mark.getAttribute('data-jobmark-mark')!);
}

let running: ListingMarks | null = null;
afterEach(() => {
  running?.stop();
  running = null;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('ListingMarks', () => {
  it('looks every card up in one message and marks the saved ones after their job link', async () => {
    openBoard();
    const ask = vi.fn(async () => ({ marks: { [SAVED]: { status: 'applied' as const, closed: false } } }));
    running = new ListingMarks(document, LEVER, ask);
    await running.pass();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({ type: 'jobs/marks', urls: [SAVED, 'https://jobs.lever.co/bluefinhealth/6c1d8e2f-3a4b-4c5d-9e0f-1a2b3c4d5e6f'] });
    expect(markTexts()).toEqual(['applied']);
    const mark = document.querySelector('[data-jobmark-mark]')!;
    expect(mark.previousElementSibling?.getAttribute('href')).toBe(SAVED);
    expect(mark.getAttribute('title')).toBe('Applied in Jobmark');
  });

  it('says on the mark when a visit saw the saved posting closed', async () => {
    openBoard();
    running = new ListingMarks(document, LEVER, async () => ({ marks: { [SAVED]: { status: 'interviewing' as const, closed: true } } }));
    await running.pass();
    const mark = document.querySelector('[data-jobmark-mark]')!;
    expect(mark.getAttribute('data-jobmark-mark')).toBe('interviewing');
    expect(mark.hasAttribute('data-jobmark-closed')).toBe(true);
    expect(mark.getAttribute('title')).toBe('Interviewing in Jobmark; a visit saw the posting closed');
  });

  it('marks cards loaded later (infinite scroll), asking only about the new ones', async () => {
    openBoard();
    const ask = vi.fn(async ({ urls }: { urls: string[] }) => ({ marks: Object.fromEntries(urls.filter((url) => url === LATER).map((url) => [url, { status: 'saved' as const, closed: false }])) }));
    running = new ListingMarks(document, LEVER, ask);
    running.start();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    const more = document.createElement('div');
    more.innerHTML = `<a class="posting-title" href="${LATER}">Site Reliability Engineer</a>`;
    document.querySelector('.postings-group')!.append(more);
    await vi.waitFor(() => expect(markTexts()).toEqual(['saved']), { timeout: 2_000 });
    expect(ask).toHaveBeenLastCalledWith({ type: 'jobs/marks', urls: [LATER] });
  });

  it('takes its marks away when stopped, and a failed lookup marks nothing', async () => {
    openBoard();
    running = new ListingMarks(document, LEVER, async () => ({ marks: { [SAVED]: { status: 'saved' as const, closed: false } } }));
    await running.pass();
    expect(markTexts()).toHaveLength(1);
    running.stop();
    expect(markTexts()).toEqual([]);

    openBoard();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    running = new ListingMarks(document, LEVER, async () => Promise.reject(new Error('background asleep')));
    await running.pass();
    expect(markTexts()).toEqual([]);
    expect(warn).toHaveBeenCalled();
  });
});
