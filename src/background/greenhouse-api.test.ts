import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Job } from '../core/job';
import { RawPosting } from '../core/raw-posting';
import { normalizeJob } from '../extract/normalize-job';
import { CORPUS_DIR, hasCorpus, SKIP_REASON } from '../../test/support/shared-data';
import { fetchGreenhousePosting, greenhouseApiUrl } from './greenhouse-api';
import { greenhouseJobRef } from '../sites/greenhouse-job-ref';

const REF = { board: 'northwindlabs', id: '4012345678' };

/** A synthetic API answer in the job-board API's shape: content is HTML-escaped HTML, pay in cents. */
const PAYLOAD = {
  id: 4012345678,
  internal_job_id: 99,
  title: 'Senior Backend Engineer',
  company_name: 'Northwind Labs',
  absolute_url: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678',
  location: { name: 'Berlin, Germany' },
  first_published: '2026-10-01T09:00:00-04:00',
  content: '&lt;p&gt;We route freight.&lt;/p&gt;&lt;h2&gt;Requirements&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;5+ years of Go.&lt;/li&gt;&lt;/ul&gt;',
  pay_input_ranges: [{ min_cents: 8500000, max_cents: 10500000, currency_type: 'EUR', title: 'Berlin', blurb: null }],
};

function answer(body: unknown, status = 200): typeof fetch {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as unknown as typeof fetch;
}

describe('fetchGreenhousePosting', () => {
  it('asks the public job-board API for the one posting, with its pay ranges', async () => {
    const fetch = answer(PAYLOAD);
    const posting = await fetchGreenhousePosting(REF, { fetch, timeoutMs: 1000 });
    expect(fetch).toHaveBeenCalledWith(
      'https://boards-api.greenhouse.io/v1/boards/northwindlabs/jobs/4012345678?pay_transparency=true',
      expect.objectContaining({ credentials: 'omit' }),
    );
    expect(posting).toMatchObject({
      source: 'greenhouse',
      url: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4012345678',
      title: 'Senior Backend Engineer',
      company: 'Northwind Labs',
      location: 'Berlin, Germany',
      hints: { salary: { min: 85000, max: 105000, currency: 'EUR', period: 'year' } },
    });
    expect((posting as RawPosting).sections.map((s) => s.heading)).toContain('Requirements');
  });

  it.each([
    ['an HTTP error', () => answer({ status: 500, error: 'Internal error' }, 500)],
    ['a body that is not JSON', () => answer('<html>maintenance</html>')],
    ['JSON that is not a posting', () => answer({ message: 'hello' })],
    ['a network error', () => vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch],
    ['a fetch that throws synchronously', () => vi.fn(() => { throw new Error('blocked'); }) as unknown as typeof fetch],
  ])('gives null on %s, so the caller reads the page instead', async (_case, makeFetch) => {
    expect(await fetchGreenhousePosting(REF, { fetch: makeFetch(), timeoutMs: 1000 })).toBeNull();
  });

  it.each([404, 410])("says 'gone' when the board answers %i: the posting is closed", async (status) => {
    expect(await fetchGreenhousePosting(REF, { fetch: answer({ status, error: 'Job not found' }, status), timeoutMs: 1000 })).toBe('gone');
  });

  it('gives null once the timeout passes, even when fetch ignores its abort signal', async () => {
    vi.useFakeTimers();
    try {
      const neverAnswers = vi.fn(() => new Promise<Response>(() => {})) as unknown as typeof fetch;
      const answer = fetchGreenhousePosting(REF, { fetch: neverAnswers, timeoutMs: 50 });
      await vi.advanceTimersByTimeAsync(50);
      expect(await answer).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts the request it gave up on', async () => {
    let signal: AbortSignal | undefined;
    const slow = vi.fn((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    }) as unknown as typeof fetch;
    await fetchGreenhousePosting(REF, { fetch: slow, timeoutMs: 20 });
    expect(signal?.aborted).toBe(true);
  });

  it.each([
    [{ board: 'north/../admin', id: '1' }],
    [{ board: 'northwindlabs', id: '12?x=1' }],
    [{ board: '', id: '1' }],
  ])('sends nothing for a reference that is not one (%o)', async (ref) => {
    const fetch = answer(PAYLOAD);
    expect(await fetchGreenhousePosting(ref, { fetch, timeoutMs: 1000 })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('escapes the reference in the API URL', () => {
    expect(greenhouseApiUrl({ board: 'a b', id: '1' })).toBe('https://boards-api.greenhouse.io/v1/boards/a%20b/jobs/1?pay_transparency=true');
  });
});

const apiFiles = hasCorpus ? readdirSync(CORPUS_DIR).filter((f) => f.startsWith('pages__greenhouse-api__')).sort() : [];

describe.skipIf(!hasCorpus)(hasCorpus ? 'real Greenhouse API payloads through fetchGreenhousePosting' : SKIP_REASON, () => {
  it('has payloads to read', () => {
    expect(apiFiles.length).toBeGreaterThan(0);
  });

  it.each(apiFiles)('%s', async (file) => {
    const body = readFileSync(path.join(CORPUS_DIR, file), 'utf8');
    const payload = JSON.parse(body) as { title: string; company_name: string; absolute_url: string };
    // The reference comes from the posting's own board URL, as the content script would read it.
    const ref = greenhouseJobRef(new URL(payload.absolute_url));
    expect(ref).not.toBeNull();
    const fetch = answer(body);
    const raw = await fetchGreenhousePosting(ref!, { fetch, timeoutMs: 2000 });
    expect(fetch).toHaveBeenCalledWith(greenhouseApiUrl(ref!), expect.anything());
    expect(RawPosting.safeParse(raw).success).toBe(true);
    expect(raw).toMatchObject({ source: 'greenhouse', url: payload.absolute_url, title: payload.title.trim(), company: payload.company_name.trim() });
    const job = normalizeJob(raw as RawPosting, { now: new Date('2026-12-01T00:00:00Z') });
    expect(Job.safeParse(job).success).toBe(true);
    expect(job.sections.length).toBeGreaterThan(1);
    expect(job.postedAt).not.toBeNull();
  });
});
