import { describe, expect, it } from 'vitest';
import { boldHeadingOf, colonHeadingOf, plainHeadingOf, splitAtPseudoHeadings, type LineContext } from './sections-split';

const alone: LineContext = { afterBlank: true, beforeList: false, hasMore: true };
const beforeList: LineContext = { afterBlank: false, beforeList: true, hasMore: true };
const midParagraph: LineContext = { afterBlank: false, beforeList: false, hasMore: true };

describe('boldHeadingOf', () => {
  it.each([
    ['**Nice to have**', 'Nice to have'],
    ['**Must have (professional experience):**', 'Must have (professional experience):'],
    ['**Our stack**', 'Our stack'],
  ])('%s → %s', (line, heading) => {
    expect(boldHeadingOf(line)).toBe(heading);
  });

  it.each([
    ['a sentence in bold', '**We are an equal opportunity employer and we mean it.**'],
    ['a board tag', '**#LI-Remote**'],
    ['a long bold paragraph', `**${'word '.repeat(20).trim()}**`],
    ['only the start is bold', '**Team:** Platform'],
  ])('is not a heading: %s', (_, line) => {
    expect(boldHeadingOf(line)).toBeNull();
  });
});

describe('colonHeadingOf', () => {
  it.each([
    ['Requirements:', beforeList, 'Requirements'],
    ['What you will do:', beforeList, 'What you will do'],
    ['Requirements:', alone, null],
    ['Experience with one of:', beforeList, null],
    ['Tools such as:', beforeList, null],
    ["Who we're looking for:", beforeList, "Who we're looking for"],
    ['- Languages:', beforeList, null],
    ['This sentence is far too long to be any kind of heading at all, it just goes on and on and on:', beforeList, null],
  ])('%s', (line, context, expected) => {
    expect(colonHeadingOf(line, context)).toBe(expected);
  });
});

describe('plainHeadingOf', () => {
  it.each([
    ['Description', alone, 'Description'],
    ['What You Will Be Doing', beforeList, 'What You Will Be Doing'],
    ['About the team', alone, 'About the team'],
    ['Description', midParagraph, null],
    ['Description', { ...alone, hasMore: false }, null],
    ['Kubernetes experience', alone, null],
    ['Salary: $100,000', alone, null],
    ['About us we are a small company.', alone, null],
  ])('%s', (line, context, expected) => {
    expect(plainHeadingOf(line, context)).toBe(expected);
  });
});

describe('splitAtPseudoHeadings', () => {
  const acceptKnown = (label: string) => /requirements|nice/i.test(label);

  it('cuts at bold lines and at accepted colon lines, and keeps the text between', () => {
    const text = ['Intro line.', '', '**Must have:**', '- Rust', '- SQL', '', 'Nice to have:', '- Kafka'].join('\n');
    expect(splitAtPseudoHeadings(text, acceptKnown)).toEqual([
      { heading: null, style: null, text: 'Intro line.' },
      { heading: 'Must have:', style: 'bold', text: '- Rust\n- SQL' },
      { heading: 'Nice to have', style: 'colon', text: '- Kafka' },
    ]);
  });

  it('does not cut at a colon line that names nothing', () => {
    const text = ['- Experience with one of:', 'Strong skills in one of these:', '- Go', '- Java'].join('\n');
    expect(splitAtPseudoHeadings(text, acceptKnown)).toEqual([{ heading: null, style: null, text }]);
  });

  it('keeps text without pseudo-headings as one block, unchanged', () => {
    const text = 'First paragraph.\nSecond paragraph.\n- item';
    expect(splitAtPseudoHeadings(text, acceptKnown)).toEqual([{ heading: null, style: null, text }]);
  });

  it('stops looking for headings after a bounded number of lines, so hostile input stays linear', () => {
    const text = '**h**\nx\n'.repeat(3000);
    const blocks = splitAtPseudoHeadings(text, acceptKnown);
    expect(blocks.length).toBeGreaterThan(100);
    expect(blocks.length).toBeLessThanOrEqual(1001);
    // Nothing is lost: past the bound, the lines stay in the last block's text.
    expect(blocks.at(-1)?.text.split('\n').length).toBeGreaterThan(3000);
  });
});

describe('a plain heading with an exclamation mark', () => {
  it('reads "Bonus Track!" before a list as a nice-to-have heading, and a sentence as none', () => {
    const context: LineContext = { afterBlank: true, beforeList: true, hasMore: true };
    expect(plainHeadingOf('Bonus Track!', context)).toBe('Bonus Track!');
    expect(plainHeadingOf('We are hiring now.', context)).toBeNull();
  });
});
