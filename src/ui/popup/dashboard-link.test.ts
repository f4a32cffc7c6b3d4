import { describe, expect, it } from 'vitest';
import { compareIdsFromHash, dashboardHash } from './dashboard-link';

describe('dashboard link', () => {
  it.each([
    [['https://boards.example.test/acme/jobs/1?x=a,b#frag', 'text:3f2a'], true],
    [['one'], true],
    [[], false],
  ])('carries %j through the hash', (ids, hasHash) => {
    const hash = dashboardHash(ids);
    expect(hash !== '').toBe(hasHash);
    expect(compareIdsFromHash(hash)).toEqual(ids);
  });

  it.each(['', '#', '#other=1', '#compare=%E0%A4%A'])('reads %j as no comparison', (hash) => {
    expect(compareIdsFromHash(hash)).toEqual([]);
  });
});
