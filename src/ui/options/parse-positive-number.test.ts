import { describe, expect, it } from 'vitest';
import { parsePositiveNumber } from './parse-positive-number';

describe('parsePositiveNumber', () => {
  const wording = { noun: 'rate', example: '0.92' };
  it.each([
    ['0.92', 0.92],
    ['.5', 0.5],
    ['1,380', 1380],
    ['1 380.25', 1380.25],
    ["1'000'000", 1_000_000],
    ['16000', 16000],
    [' 7.1 ', 7.1],
  ])('reads %j as %d', (typed, value) => {
    expect(parsePositiveNumber(typed, wording)).toEqual({ ok: true, value });
  });

  it.each(['', '0', '0.0', '-1', 'abc', '1,38', '1.2.3', 'NaN', 'Infinity', '1e400', '9'.repeat(20)])('refuses %j', (typed) => {
    expect(parsePositiveNumber(typed, wording).ok).toBe(false);
  });
});

describe('parsePositiveNumber wording', () => {
  it.each([
    [{ noun: 'amount', example: '90k' }, '', 'Enter an amount.'],
    [{ noun: 'rate', example: '0.92' }, '', 'Enter a rate.'],
    [{ noun: 'rate', example: '0.92' }, 'x', 'Enter the rate as a number, for example 0.92.'],
    [{ noun: 'rate', example: '0.92' }, '-3', 'The rate must be more than 0.'],
  ])('%j: %j → %s', (wording, typed, error) => {
    expect(parsePositiveNumber(typed, wording)).toEqual({ ok: false, error });
  });
});
