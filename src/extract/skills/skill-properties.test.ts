import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobSkills, SectionKind, SkillGroup } from '../../core/job';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { createSkillMatcher, extractSkills, findSkillMentions } from './index';

const matcher = createSkillMatcher(TEST_DICTIONARY);

/** Text made of what the matcher keys on: names, aliases, separators, cues, odd characters. */
const skillish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Go', 'go', 'Golang', 'Java', 'JavaScript', 'C', 'C++', 'C#', '.NET', 'ASP.NET', 'R', 'R&D', 'Ruby (Rails)',
        'Ruby on Rails', 'React/Vue/Angular', 'Node', 'Node.js', 'CI/CD', 'Google Cloud Platform', 'Spring 2025',
        'one or more of', 'either', ' or ', ', ', ' (', ')', '\n', '- ', '**', 'Nice to have:', 'is a plus', 'LaunchDarkly',
        'Vert.x', 'Log4j', 'https://x.io/Go', '🌎', 'İ', 'ß', '\u0301', '’', ' ', 'with', 'in', 'C-level', 'é',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('findSkillMentions on arbitrary text', () => {
  it('returns in-order, non-overlapping mentions whose offsets slice out what they matched', () => {
    fc.assert(
      fc.property(fc.oneof(skillish, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        const mentions = findSkillMentions(text, matcher);
        let reached = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(reached);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.matched);
          expect(matcher.lookup(m.name)?.name).toBe(m.name);
          reached = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractSkills on arbitrary sections', () => {
  it('returns a valid, duplicate-free result in which required and preferred never share a name', () => {
    const sections = fc.array(
      fc.record({ kind: fc.constantFrom(...SectionKind.options), heading: fc.string({ maxLength: 10 }), text: skillish }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(sections, (input) => {
        const { skills, skillGroups } = extractSkills(input, matcher);
        JobSkills.parse(skills);
        for (const group of skillGroups) SkillGroup.parse(group);
        expect(new Set(skills.required).size).toBe(skills.required.length);
        expect(new Set(skills.preferred).size).toBe(skills.preferred.length);
        expect(skills.preferred.filter((s) => skills.required.includes(s))).toEqual([]);
        for (const name of skills.unrecognised) expect([...skills.required, ...skills.preferred]).toContain(name);
        for (const group of skillGroups) {
          for (const name of group.anyOf) expect(group.required ? skills.required : [...skills.required, ...skills.preferred]).toContain(name);
        }
      }),
      { numRuns: 300 },
    );
  });
});
