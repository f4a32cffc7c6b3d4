import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalParsedUrl, canonicalJobUrl, isTrackingParam as isTracking } from './job-id';
import { canonicalSimpleUrl } from './job-id-simple-url';

describe('canonicalSimpleUrl', () => {
  it.each([
    ['https://jobs.example.com/acme/123', 'https://jobs.example.com/acme/123'],
    ['https://jobs.example.com/acme/123/', 'https://jobs.example.com/acme/123'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/?', 'https://example.com/'],
    ['http://example.com/jobs/?utm_source=x#apply', 'http://example.com/jobs'],
    ['https://example.com/jobs?b=2&a=1&utm_medium=y', 'https://example.com/jobs?a=1&b=2'],
    ['https://example.com/jobs?flag&&b=2', 'https://example.com/jobs?b=2&flag='],
    ['https://example.com/jobs?b=1&a=2&b=0', 'https://example.com/jobs?a=2&b=1&b=0'],
    ['https://example.com/jobs?q=a+b', 'https://example.com/jobs?q=a+b'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalSimpleUrl(input, isTracking)).toBe(expected);
  });

  it.each([
    ['an upper-case host', 'https://Example.com/jobs'],
    ['a port', 'https://example.com:8080/jobs'],
    ['user info', 'https://user@example.com/jobs'],
    ['an IPv4-like host', 'https://1.2.3/jobs'],
    ['punycode', 'https://xn--bcher-kva.example/jobs'],
    ['a dot segment', 'https://example.com/a/../jobs'],
    ['an escaped dot', 'https://example.com/a/%2e%2e/jobs'],
    ['a percent-escape in the query', 'https://example.com/jobs?q=%41'],
    ['"=" inside a value', 'https://example.com/jobs?q=a=b'],
    ['a space', 'https://example.com/a b'],
    ['another scheme', 'ftp://example.com/jobs'],
  ])('leaves a URL with %s to the URL parser', (_, input) => {
    expect(canonicalSimpleUrl(input, isTracking)).toBeNull();
  });
});

/** URLs built from the pieces that make the URL parser rewrite something, and plain ones. */
const hostLabel = fc.constantFrom('example', 'jobs', 'a', 'x-y', '-x', 'x-', 'xn--p1ai', '1', '0x7f', 'COM', 'com', 'io', '');
const pathPiece = fc.constantFrom('/', 'jobs', '123', '.', '..', '%2e', '%2E', '%41', 'a b', '~', "'", '!', '(', ')', '*', '@', ':', ';', ',', '=', '&', '$', '|', '\\', '^', '{', '"', 'é', '\t', '-', '_');
const queryPiece = fc.constantFrom('&', '=', 'a', 'b', 'A', 'utm_source', 'ref', 'gh_jid', '1', '+', '*', '-', '.', '_', '~', '%20', '%', 'é', ' ', '?', "'", '==');
const url = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', ' https://'),
    fc.array(hostLabel, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', ':443', ':8080', '.'),
    fc.array(pathPiece, { maxLength: 8 }),
    fc.option(fc.array(queryPiece, { maxLength: 10 })),
    fc.option(fc.constantFrom('', 'top', '#x', '?a=1', ' ')),
  )
  .map(([scheme, labels, port, path, query, fragment]) =>
    [scheme, labels.join('.'), port, path.length ? `/${path.join('')}` : '', query ? `?${query.join('')}` : '', fragment === null ? '' : `#${fragment}`].join(''),
  );

describe('canonicalSimpleUrl agrees with the URL parser', () => {
  it('gives what canonicalParsedUrl gives whenever it answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(url, fc.webUrl({ withQueryParameters: true, withFragments: true })), (input) => {
        const trimmed = input.trim();
        const simple = canonicalSimpleUrl(trimmed, isTracking);
        if (simple === null) return;
        answered++;
        expect(simple).toBe(canonicalParsedUrl(trimmed));
      }),
      { numRuns: 5000 },
    );
    // The comparison is only worth something if the fast path took a fair share of the cases.
    expect(answered).toBeGreaterThan(500);
  });

  it('leaves canonicalJobUrl unchanged on the plain URLs postings have', () => {
    const plain = 'https://boards.example.io/acme/jobs/4324230003?t=02952e2a3us&gh_src=x#app';
    expect(canonicalJobUrl(plain)).toBe(canonicalParsedUrl(plain));
  });
});
