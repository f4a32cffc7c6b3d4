import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobSection } from '../core/job';
import { detectEmploymentType } from './employment';
import { cleanLocation } from './location';
import { cleanInline, normalizeText, repairMojibake } from './normalize-text';
import { classifySections } from './sections';
import { detectSeniority } from './seniority';
import { detectWorkplace } from './workplace';

/** Text made of what the functions key on: markdown, bullets, entities, mojibake, odd spaces. */
const postingText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        '**', '*', '_', '__', '- ', '• ', '1. ', '#', '## ', '> ', '`', '[', ']', '(', ')', '![', ':', '\n', '\n\n', ' ', '  ',
        '\t', '\u00a0', '\u200b', '\u200d', '&amp;', '&nbsp;', '&#x', 'Ã©', 'â€™', 'ðŸŒŽ', '\u0081', '🚀', 'Requirements', 'Nice to have',
        'Benefits', 'remote', 'hybrid', 'full-time', 'contract', 'Senior', 'Lead', 'Acme is a ', 'This is a ', 'role', '3 days a week in the office',
      ),
      { maxLength: 120 },
    )
    .map((parts) => parts.join('')),
);

function breakEncoding(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('properties over arbitrary text', () => {
  it('normalizeText gives tidy light markdown', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        const out = normalizeText(text);
        expect(out).not.toMatch(/ {2}|\n{3}|^\s|\s$|\t|\u00a0|\u200b/);
        for (const line of out.split('\n')) {
          expect(line).not.toMatch(/^\s|\s$/);
          if (line.startsWith('- ')) expect(line.length).toBeGreaterThan(2);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('repairMojibake undoes the Windows-1252 misreading of any text it would leave alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(repairMojibake(text) === text);
        expect(repairMojibake(breakEncoding(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('repairMojibake reaches a fixed point: repairing twice is repairing once', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        const once = repairMojibake(text);
        expect(repairMojibake(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('cleanInline and cleanLocation give one trimmed line, or null for an empty location', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        for (const out of [cleanInline(text), cleanLocation(text) ?? 'x']) {
          expect(out).not.toMatch(/\n| {2}|^\s|\s$/);
        }
        expect(cleanLocation(text)).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('classifySections gives valid, non-empty sections with clean headings, and the detectors never throw', () => {
    const raw = fc.array(fc.record({ heading: postingText, text: postingText }), { maxLength: 5 });
    fc.assert(
      fc.property(raw, postingText, (sections, title) => {
        const out = classifySections(sections);
        for (const section of out) {
          expect(JobSection.safeParse(section).success).toBe(true);
          expect(section.text).not.toBe('');
          expect(section.heading).not.toContain('**');
        }
        detectWorkplace({ title, location: cleanLocation(title), sections: out });
        detectEmploymentType({ title, sections: out, tags: [title] });
        detectSeniority({ title, sections: out });
      }),
      { numRuns: 400 },
    );
  });
});
