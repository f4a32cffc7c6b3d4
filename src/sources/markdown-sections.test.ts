import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNoInlineMarkdown, lexMarkdown, lexMarkdownLines, markdownToSections, MAX_LINES, splitLines } from './markdown-sections';

describe('markdownToSections', () => {
  it.each([
    ['ATX headings of every level start sections', 'Intro\n\n# One\nA\n###### Six ######\nB', [
      { heading: '', text: 'Intro' },
      { heading: 'One', text: 'A' },
      { heading: 'Six', text: 'B' },
    ]],
    ['setext headings (=== and ---)', 'About\n=====\nWe fix bikes.\n\nRole\n----\nRepair them.', [
      { heading: 'About', text: 'We fix bikes.' },
      { heading: 'Role', text: 'Repair them.' },
    ]],
    ['every list marker becomes "- "', '* star\n- dash\n+ plus\n1. one\n2) two\n  * nested\n• bullet', [
      { heading: '', text: '- star\n- dash\n- plus\n- one\n- two\n- nested\n- bullet' },
    ]],
    ['a wholly bold line keeps its markers, a colon after them moves inside', '**Must have**:\n\n__Nice to have__\n\n**Half** bold', [
      { heading: '', text: '**Must have:**\n**Nice to have**\nHalf bold' },
    ]],
    ['a bold heading loses its markers', '###  **What you will do:**\n- code', [{ heading: 'What you will do:', text: '- code' }]],
    ['links and images become their text', 'See [our blog](https://x.example/b) ![logo](https://x.example/l.png) <https://x.example>', [
      { heading: '', text: 'See our blog https://x.example' },
    ]],
    ['soft-wrapped paragraph lines join; hard breaks and labelled lines do not', 'one\ntwo  \nthree\nSalary: $90k\nLocation:\nRemote', [
      { heading: '', text: 'one two\nthree\nSalary: $90k\nLocation:\nRemote' },
    ]],
    ['a wrapped list item continues on the next line', '- first part\n  second part\n- next', [{ heading: '', text: '- first part second part\n- next' }]],
    ['backslash escapes, emphasis and code ticks removed; snake_case and 5 * 3 kept', 'Use \\- `snake_case` _gladly_ and ***this***, 5 * 3', [
      { heading: '', text: 'Use - snake_case gladly and this, 5 * 3' },
    ]],
    ['entities decoded, formatting tags removed, other tags kept as text', 'R&amp;D <b>team</b> <img src=x onerror=alert(1)>', [
      { heading: '', text: 'R&D team <img src=x onerror=alert(1)>' },
    ]],
    ['<br> splits lines', 'one<br>two<br/>three', [{ heading: '', text: 'one\ntwo\nthree' }]],
    ['thematic breaks, empty headings and empty bullets vanish', 'a\n\n---\n\n* * *\n####\n*\nb', [{ heading: '', text: 'a\nb' }]],
    ['"#hashtag" is text, not a heading', '#LI-Remote\n\n#golang', [{ heading: '', text: '#LI-Remote\n#golang' }]],
    ['tables become "a | b" lines without the separator row', '| Area | Tool |\n|---|:---:|\n| Cloud | AWS |', [
      { heading: '', text: 'Area | Tool\nCloud | AWS' },
    ]],
    ['fenced code keeps its lines', '```\nnpm test\n  npm run build\n```', [{ heading: '', text: 'npm test\nnpm run build' }]],
    ['blockquotes are read as their text', '> - quoted item\n> quoted line', [{ heading: '', text: '- quoted item quoted line' }]],
  ])('%s', (_name, markdown, expected) => {
    expect(markdownToSections(markdown)).toEqual(expected);
  });

  it('keeps every line apart for plain text (no soft-wrap joining)', () => {
    expect(markdownToSections('Requirements\nGo\nSQL', { joinSoftWraps: false })).toEqual([
      { heading: '', text: 'Requirements\nGo\nSQL' },
    ]);
  });

  it('reads CRLF and CR line endings like LF', () => {
    expect(markdownToSections('# A\r\nx\r\n# B\ry')).toEqual([
      { heading: 'A', text: 'x' },
      { heading: 'B', text: 'y' },
    ]);
  });

  it('reads a bold heading broken after its opening marker, and one led by an emoji, as bold lines', () => {
    expect(lexMarkdown('Intro.\n\n**  \nExperience we are looking for**\n\n* Go\n\n✨ **_What you will do_**\n\n* Ship')).toEqual([
      'Intro.',
      '**Experience we are looking for**',
      '- Go',
      '**What you will do**',
      '- Ship',
    ]);
    expect(lexMarkdown('Intro.\n\n**🔍 We are looking for someone who: 🔍  \n**  \n\n* has Vue.js')).toEqual([
      'Intro.',
      '**🔍 We are looking for someone who: 🔍**',
      '- has Vue.js',
    ]);
  });

  it('reports heading levels for title detection', () => {
    expect(lexMarkdown('# T\n## S\nx')).toEqual([{ level: 1, text: 'T' }, { level: 2, text: 'S' }, 'x']);
  });
});

describe('the plain-text shortcut', () => {
  it.each([
    ['plain words and punctuation', 'Senior engineer\nGo, SQL: yes.\n- a list item', true],
    ['emphasis', 'a **bold** word', false],
    ['a link', 'see [docs](x)', false],
    ['an entity', 'R&amp;D', false],
    ['a tab inside a line', 'a\tb', false],
    ['two spaces', 'a  b', false],
    ['CRLF line endings', 'a\r\nb', true],
  ])('hasNoInlineMarkdown: %s → %s', (_name, text, expected) => {
    expect(hasNoInlineMarkdown(text)).toBe(expected);
  });

  it('lexes a text without inline markdown the same with the shortcut as without it', () => {
    const piece = fc.constantFrom('# ', '## ', 'Title', 'x:', 'Salary: 90k', '- ', '1. ', '> ', '---', '===', '|a|b|', '```', ' ', '\n', '\n\n', '\r\n', 'word', '.', ':');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.boolean(), (text, joinSoftWraps) => {
        fc.pre(hasNoInlineMarkdown(text));
        const lines = splitLines(text);
        expect(lexMarkdownLines(lines, { joinSoftWraps, noInlineMarkdown: true })).toEqual(lexMarkdownLines(lines, { joinSoftWraps }));
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps every line of a megabyte of short lines', () => {
    const small = markdownToSections('x:\n'.repeat(1_000));
    const big = markdownToSections('x:\n'.repeat(330_000));
    expect(small[0]?.text.split('\n')).toHaveLength(1_000);
    expect(big[0]?.text.split('\n')).toHaveLength(330_000);
  });
});

describe('splitLines', () => {
  it.each([
    ['LF', 'a\nb', ['a', 'b']],
    ['CRLF and a lone CR', 'a\r\nb\rc', ['a', 'b', 'c']],
    ['a trailing break', 'a\n', ['a', '']],
  ])('%s', (_name, text, expected) => {
    expect(splitLines(text)).toEqual(expected);
  });

  it('loses nothing: the lines joined again are the text, however long', () => {
    const text = fc.array(fc.constantFrom('a', 'b ', '\n', '\r\n', '\r'), { maxLength: 200 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(3), (base, repeat) => {
        const long = base + '\n'.repeat(repeat * (MAX_LINES / 2)) + base;
        for (const input of [base, long]) expect(splitLines(input).join('\n')).toBe(input.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('past MAX_LINES lines gives the rest as one element, which the lexer keeps as it is', () => {
    const text = `${'a\n'.repeat(MAX_LINES)}**b**\n\n- c\n`;
    expect(splitLines(text)).toHaveLength(MAX_LINES + 1);
    const sections = markdownToSections(text, { joinSoftWraps: false });
    expect(sections[0]?.text.endsWith('a\n**b**\n\n- c')).toBe(true);
    expect(markdownToSections('a\n**b**\n\n- c', { joinSoftWraps: false })[0]?.text).toBe('a\n**b**\n- c');
  });
});
