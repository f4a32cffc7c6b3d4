import { describe, expect, it } from 'vitest';
import { descriptionSketch, similarityAtLeast, SKETCH_SIZE, sketchSimilarity } from './description-sketch';

/** A synthetic description of `words` distinct made-up words, deterministic. */
function prose(words: number, seed = 1): string {
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < words; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(`w${(state >>> 8).toString(36)}`);
  }
  return out.join(' ');
}

const section = (text: string) => [{ text }];

describe('descriptionSketch', () => {
  it('keeps the 64 smallest shingle hashes, as hex in ascending order', () => {
    const sketch = descriptionSketch(section(prose(500)));
    expect(sketch).toMatch(/^(?:[0-9a-f]{8})+$/);
    expect(sketch.length).toBe(SKETCH_SIZE * 8);
    const hashes = sketch.match(/.{8}/g)!.map((hex) => Number.parseInt(hex, 16));
    expect(hashes).toEqual([...hashes].sort((a, b) => a - b));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('has none for a description too short to compare', () => {
    expect(descriptionSketch(section(prose(19)))).toBe('');
    expect(descriptionSketch([])).toBe('');
    expect(descriptionSketch(section(prose(20)))).not.toBe('');
  });

  it('ignores case, accents, punctuation and markup: the same words give the same sketch', () => {
    const plain = 'We build résumé tools for people looking for work and we care about privacy speed and clear words every day of the week';
    const marked = '## We build RESUME tools\n\n- for people *looking* for work, and we care about: privacy; speed; and **clear** words — every day of the week!';
    expect(descriptionSketch(section(marked))).toBe(descriptionSketch(section(plain)));
  });

  it('reads the sections in order as one text', () => {
    const text = prose(200);
    const words = text.split(' ');
    expect(descriptionSketch([{ text: words.slice(0, 90).join(' ') }, { text: words.slice(90).join(' ') }])).toBe(descriptionSketch(section(text)));
  });
});

describe('sketchSimilarity', () => {
  it('is 1 for the same description and about 0 for unrelated ones', () => {
    const a = descriptionSketch(section(prose(600, 1)));
    expect(sketchSimilarity(a, a)).toBe(1);
    expect(sketchSimilarity(a, descriptionSketch(section(prose(600, 2))))).toBeLessThan(0.1);
  });

  it('estimates the shared share of a description within the sketch error', () => {
    // Two texts sharing 70 % of their words in place: Jaccard of 3-word shingles ≈ 0.52.
    const shared = prose(700, 3).split(' ');
    const a = [...shared, ...prose(300, 4).split(' ')].join(' ');
    const b = [...shared, ...prose(300, 5).split(' ')].join(' ');
    const similarity = sketchSimilarity(descriptionSketch(section(a)), descriptionSketch(section(b)))!;
    const exact = 698 / (998 + 998 - 698);
    expect(Math.abs(similarity - exact)).toBeLessThan(0.2);
  });

  it('stays high when a re-post changes a sentence', () => {
    const words = prose(600, 6).split(' ');
    const edited = [...words.slice(0, 300), 'apply', 'before', 'the', 'end', 'of', 'june', ...words.slice(310)];
    expect(sketchSimilarity(descriptionSketch(section(words.join(' '))), descriptionSketch(section(edited.join(' '))))).toBeGreaterThan(0.8);
  });

  it('cannot say when either description has no sketch', () => {
    expect(sketchSimilarity('', descriptionSketch(section(prose(100))))).toBeNull();
    expect(sketchSimilarity(descriptionSketch(section(prose(100))), '')).toBeNull();
  });
});

describe('similarityAtLeast', () => {
  it('gives the similarity when it reaches the threshold and null below it, for pairs all over the scale', () => {
    const base = prose(400, 9).split(' ');
    let checked = 0;
    for (let kept = 0; kept <= 400; kept += 20) {
      const other = [...base.slice(0, kept), ...prose(400 - kept, 100 + kept).split(' ')].join(' ');
      const [a, b] = [descriptionSketch(section(base.join(' '))), descriptionSketch(section(other))];
      const exact = sketchSimilarity(a, b)!;
      for (const needed of [0.25, 0.5, 0.75, 0.9]) {
        expect(similarityAtLeast(a, b, needed)).toBe(exact >= needed ? exact : null);
        checked++;
      }
    }
    expect(checked).toBe(84);
  });
});
