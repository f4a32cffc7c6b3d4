import { describe, expect, it } from 'vitest';
import { isGoneStatus } from './gone-status';

describe('isGoneStatus', () => {
  it.each([
    [404, true],
    [410, true],
    [200, false],
    [403, false],
    [500, false],
    [null, false],
    [undefined, false],
  ])('%s → %s', (status, gone) => expect(isGoneStatus(status)).toBe(gone));
});
