import { describe, expect, it } from 'vitest';
import { employmentTypeFrom } from './hint-employment-type';

describe('employmentTypeFrom', () => {
  it.each([
    ['FULL_TIME', 'full-time'], ['FullTime', 'full-time'], ['Full-time', 'full-time'], ['Full Time Employee', 'full-time'],
    ['PART_TIME', 'part-time'], ['PartTime', 'part-time'], ['CONTRACTOR', 'contract'], ['Contract', 'contract'],
    ['Contract/Temp', 'contract'], ['TEMPORARY', 'temporary'], ['INTERN', 'internship'], ['Internship', 'internship'],
    [['OTHER', 'PART_TIME'], 'part-time'], ['Regular', null], ['OTHER', null], ['PER_DIEM', null], [42, null], [null, null],
  ])('%j → %j', (value, expected) => {
    expect(employmentTypeFrom(value)).toBe(expected);
  });
});
