import { describe, expect, it, vi } from 'vitest';
import { canonicalJobUrl, jobId } from './job-id';

describe('canonicalJobUrl', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/123?gh_src=abc#app', 'https://boards.greenhouse.io/acme/jobs/123'],
    ['https://JOBS.lever.co/acme/uuid-1/?lever-source=LinkedIn', 'https://jobs.lever.co/acme/uuid-1'],
    ['https://example.com/careers?utm_source=x&gh_jid=42&utm_medium=y', 'https://example.com/careers?gh_jid=42'],
    ['https://example.com/jobs?b=2&a=1', 'https://example.com/jobs?a=1&b=2'],
    ['  https://example.com/  ', 'https://example.com/'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalJobUrl(input)).toBe(expected);
  });

  it.each([null, '', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd', 'mailto:jobs@example.com'])(
    'rejects %s',
    (input) => {
      expect(canonicalJobUrl(input)).toBeNull();
    },
  );
});

describe('jobId', () => {
  const base = { url: null, title: 'Engineer', company: 'Acme', text: 'Build things.' };

  it('is the canonical URL when there is one', () => {
    expect(jobId({ ...base, url: 'https://boards.greenhouse.io/acme/jobs/1?gh_src=x' })).toBe(
      'https://boards.greenhouse.io/acme/jobs/1',
    );
  });

  it('is a content hash otherwise: the same for the same posting, different for another', () => {
    const id = jobId(base);
    expect(id).toMatch(/^hash:[0-9a-z]+$/);
    expect(jobId({ ...base })).toBe(id);
    expect(jobId({ ...base, text: 'Build other things.' })).not.toBe(id);
    expect(jobId({ ...base, company: 'Other' })).not.toBe(id);
  });

  it('reads text given as a function only when there is no URL, and hashes it the same', () => {
    const text = vi.fn(() => base.text);
    expect(jobId({ ...base, url: 'https://jobs.lever.co/acme/1', text })).toBe('https://jobs.lever.co/acme/1');
    expect(text).not.toHaveBeenCalled();
    expect(jobId({ ...base, text })).toBe(jobId(base));
  });
});
