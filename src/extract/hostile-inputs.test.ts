import { describe, expect, it } from 'vitest';
import { HOSTILE_TEXTS, readHostileText } from '../../test/support/hostile-inputs';

/**
 * Text and section extraction finish on 1 MB inputs built to make patterns backtrack, and
 * answer something sane. Catastrophic backtracking takes minutes and fails here on the
 * test timeout; how long each takes is a figure of `npm run bench` (hostile-1mb-text).
 */
describe('1 MB hostile inputs are read to the end', () => {
  it.each(HOSTILE_TEXTS)('%s', (_, text) => {
    const { title, location, sections, workplace, employment, seniority } = readHostileText(text);
    expect(typeof title).toBe('string');
    expect(title.length).toBeLessThanOrEqual(text.length);
    expect(location === null || location.length <= text.length).toBe(true);
    expect(sections.every((section) => section.text.length <= text.length)).toBe(true);
    expect(['remote', 'hybrid', 'onsite', null]).toContain(workplace);
    expect(employment).not.toBeUndefined();
    expect(seniority).not.toBeUndefined();
  });
});
