import { describe, expect, it } from 'vitest';
import { isoDateFrom } from './hint-date';

describe('isoDateFrom', () => {
  it.each([
    ['ms epoch', 1624226400000, '2021-06-20T22:00:00.000Z'],
    ['seconds epoch', 1624226400, '2021-06-20T22:00:00.000Z'],
    ['ms epoch as a string', '1624226400000', '2021-06-20T22:00:00.000Z'],
    ['a date', '2026-10-01', '2026-10-01T00:00:00.000Z'],
    ['an offset time', '2026-07-27T02:52:26-04:00', '2026-07-27T06:52:26.000Z'],
    ['words', 'last Tuesday', null],
    ['a placeholder zero', 0, null],
    ['a year far out of range', 9e15, null],
    ['NaN', Number.NaN, null],
    ['an object', { date: '2026-01-01' }, null],
    ['an empty string', '  ', null],
  ])('%s', (_name, value, expected) => {
    expect(isoDateFrom(value)).toBe(expected);
  });
});
