import { describe, expect, it } from 'vitest';
import { jsonLd } from '../json-ld';
import { READER_PARTS, readerPartFor } from '../reader-part';
import { INSTALL_MATCHES, SITE_ADAPTERS } from '../registry';
import { installMatchesOf, READER_PART_ADAPTERS } from '.';

/** A host a match pattern's host stands for: `*.glassdoor.co.uk` → `www.glassdoor.co.uk`. */
const hostOf = (pattern: string) => new URL(pattern.replace('://*.', '://www.').replace(/\*$/, '')).hostname;
const SITE_SPECIFIC = SITE_ADAPTERS.filter((adapter) => adapter !== jsonLd);

describe('the reader parts of the content script', () => {
  it('hold every site adapter once, in the registry order, and each tries the JSON-LD reader last', () => {
    const held = READER_PARTS.flatMap((part) => READER_PART_ADAPTERS[part].filter((adapter) => adapter !== jsonLd));
    expect([...held].sort((a, b) => SITE_SPECIFIC.indexOf(a) - SITE_SPECIFIC.indexOf(b))).toEqual(SITE_SPECIFIC);
    for (const part of READER_PARTS) {
      const adapters = READER_PART_ADAPTERS[part];
      expect(adapters.at(-1), part).toBe(jsonLd);
      expect(adapters.slice(0, -1), part).toEqual(SITE_SPECIFIC.filter((adapter) => adapters.includes(adapter)));
    }
  });

  it('inject into exactly the install-time sites, each group once', () => {
    const injected = READER_PARTS.flatMap(installMatchesOf);
    expect([...injected].sort()).toEqual([...INSTALL_MATCHES].sort());
    expect(installMatchesOf('ask')).toEqual([]);
  });

  // A page given the wrong part would show no badge at all.
  it.each(
    SITE_SPECIFIC.flatMap((adapter) =>
      [...adapter.exampleUrls, ...(adapter.listingExampleUrls ?? []), ...(adapter.embeddedExampleUrls ?? []), ...adapter.matches.map((pattern) => `https://${hostOf(pattern)}/`)].map(
        (url) => [adapter.id, url, adapter] as const,
      ),
    ),
  )('%s: %s is read by the part chosen for its address', (_id, url, adapter) => {
    expect(READER_PART_ADAPTERS[readerPartFor(new URL(url))]).toContain(adapter);
  });

  it('read every other page with the ATS part, and match no look-alike host', () => {
    expect(readerPartFor(new URL('https://careers.example.com/jobs/42?gh_jid=4012345'))).toBe('ats');
    expect(readerPartFor(new URL('https://linkedin.com.evil.example/jobs/view/1'))).toBe('ats');
    expect(readerPartFor(new URL('https://notindeed.com/viewjob?jk=abc'))).toBe('ats');
    expect(readerPartFor(new URL('https://uk.indeed.com/viewjob?jk=abc'))).toBe('boards');
  });
});
