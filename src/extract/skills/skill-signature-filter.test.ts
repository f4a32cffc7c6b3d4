import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SignatureFilter } from './skill-signature-filter';

describe('SignatureFilter', () => {
  // A missed signature would drop a word from the scanned stretches and lose a skill.
  it('always answers yes for every signature added, negative and large ones included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 500 }), (signatures) => {
        const filter = new SignatureFilter();
        for (const s of signatures) filter.add(s);
        for (const s of signatures) expect(filter.has(s)).toBe(true);
      }),
    );
  });

  it.each([[0], [1], [-1], [123_456_789]])('answers no for %i when empty', (signature) => {
    expect(new SignatureFilter().has(signature)).toBe(false);
  });
});
