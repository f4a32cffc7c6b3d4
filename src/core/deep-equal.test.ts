import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal';

describe('deepEqual', () => {
  it.each([
    ['the same primitives', 'a', 'a', true],
    ['different primitives', 1, 2, false],
    ['null and an object', null, {}, false],
    ['objects with keys in another order', { a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }, true],
    ['an undefined key and a missing one', { a: 1, b: undefined }, { a: 1 }, true],
    ['a null key and a missing one', { a: 1, b: null }, { a: 1 }, false],
    ['arrays in another order', [1, 2], [2, 1], false],
    ['an array and an object with index keys', [1], { 0: 1 }, false],
    ['a nested difference', { a: { b: { c: 'x' } } }, { a: { b: { c: 'y' } } }, false],
    ['an extra key', { a: 1 }, { a: 1, b: 2 }, false],
  ])('%s → %s', (_, a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
    expect(deepEqual(b, a)).toBe(equal);
  });
});
