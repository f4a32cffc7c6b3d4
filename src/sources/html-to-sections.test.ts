import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToSections, htmlToText } from './html-to-sections';

describe('htmlToSections', () => {
  it.each([
    ['headings start sections', '<p>Intro</p><h2>Role</h2><p>Build things</p><h3>Perks</h3><p>Tea</p>', [
      { heading: '', text: 'Intro' },
      { heading: 'Role', text: 'Build things' },
      { heading: 'Perks', text: 'Tea' },
    ]],
    ['list items become "- item" lines, ordered ones too', '<ul><li>Go</li><li>Rust</li></ul><ol><li>Apply</li></ol>', [
      { heading: '', text: '- Go\n- Rust\n- Apply' },
    ]],
    ['a wholly bold block keeps ** markers, colon included', '<p><strong>Requirements</strong>:</p><p>Some <b>bold</b> words</p>', [
      { heading: '', text: '**Requirements:**\nSome bold words' },
    ]],
    ['br, div and p each end a line', '<div>one<br>two</div><p>three</p>four', [{ heading: '', text: 'one\ntwo\nthree\nfour' }]],
    ['entities decoded, whitespace and nbsp collapsed', '<p>R&amp;D&nbsp;&nbsp; team\n\t here &lt;3</p>', [{ heading: '', text: 'R&D team here <3' }]],
    ['script, style, noscript, svg and template dropped', '<p>a</p><script>var x = "<p>no</p>"</script><style>p{}</style><noscript>no</noscript><svg><title>no</title></svg><template><p>no</p></template><p>b</p>', [
      { heading: '', text: 'a\nb' },
    ]],
    ['implied list item ends: <li>a<li>b', '<ul><li>a<li>b</ul>', [{ heading: '', text: '- a\n- b' }]],
    ['a heading inside a list item is that item', '<ul><li><h3><strong>Ledger design</strong></h3></li><li>SQL</li></ul>', [
      { heading: '', text: '- Ledger design\n- SQL' },
    ]],
    ['a bold heading does not make what follows bold', '<h2><strong>About us</strong></h2><p>We sell maps.</p>', [{ heading: 'About us', text: 'We sell maps.' }]],
    ['a heading without its end tag ends at the next block', '<h2>Benefits<p>Dental</p>', [{ heading: 'Benefits', text: 'Dental' }]],
    ['an overlong "heading" is a paragraph', `<h2>${'word '.repeat(60)}</h2><p>x</p>`, [{ heading: '', text: `${'word '.repeat(60).trim()}\nx` }]],
    ['table rows become lines', '<table><tr><td>Salary</td><td>$90k</td></tr><tr><td>Equity</td></tr></table>', [{ heading: '', text: 'Salary $90k\nEquity' }]],
    ['markup in text stays text', '<p>&lt;img src=x onerror=alert(1)&gt;</p>', [{ heading: '', text: '<img src=x onerror=alert(1)>' }]],
    ['empty sections are dropped', '<h2>Empty</h2><h2>Full</h2><p>x</p>', [{ heading: 'Full', text: 'x' }]],
  ])('%s', (_name, html, expected) => {
    expect(htmlToSections(html)).toEqual(expected);
  });

  it('drops navigation, header, footer, sidebars and forms only when asked (whole pages)', () => {
    const page = '<nav>Menu</nav><header>Logo</header><p>Job</p><aside>Ads</aside><form><button>Apply</button></form><footer>©</footer>';
    expect(htmlToSections(page, { dropPageChrome: true })).toEqual([{ heading: '', text: 'Job' }]);
    expect(htmlToSections(page)[0]?.text).toContain('Menu');
  });

  it.each([
    ['unclosed everything', '<div><p><b>bold<ul><li>item<h2>Head'],
    ['stray end tags', '</p></div></li>text</b></h2>more'],
    ['a lone <', 'a < b and c <'],
    ['an unterminated comment', 'text <!-- never closed'],
    ['an unterminated attribute', '<p class="x>text'],
  ])('never throws on broken HTML: %s', (_name, html) => {
    expect(() => htmlToSections(html)).not.toThrow();
  });

  it('never throws and never emits HTML tags it was given as markup (fuzzed)', () => {
    const pieces = fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<ul>', '<h2>', '</h2>', '<b>', '</b>', '<br>', '<script>', '</script>', '&amp;', '&lt;', 'word', ' ', '\n', '<', '>', '"');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const sections = htmlToSections(parts.join(''));
        for (const section of sections) {
          expect(section.text).not.toMatch(/<(?:p|li|ul|h2|b|br)>/);
          expect(section.text.split('\n').every((line) => line.trim() === line && line !== '')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('htmlToText', () => {
  it('keeps headings as their own lines', () => {
    expect(htmlToText('<h1>Title</h1><p>Body <i>text</i></p><ul><li>a</li></ul>')).toBe('Title\nBody text\n- a');
  });
});
