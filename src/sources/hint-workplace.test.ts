import { describe, expect, it } from 'vitest';
import { workplaceFrom } from './hint-workplace';

describe('workplaceFrom', () => {
  it.each([
    ['remote', 'remote'], ['Remote', 'remote'], ['TELECOMMUTE', 'remote'], ['hybrid', 'hybrid'], ['Hybrid', 'hybrid'],
    ['OnSite', 'onsite'], ['on-site', 'onsite'], ['onsite', 'onsite'], ['In office', 'onsite'],
    ['unspecified', null], ['', null], [true, null],
  ])('%j → %j', (value, expected) => {
    expect(workplaceFrom(value)).toBe(expected);
  });
});
