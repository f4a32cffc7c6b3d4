// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domToSections, domToText } from './dom-to-sections';

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html').body;
}

describe('domToSections', () => {
  it.each([
    ['paragraphs become lines', '<p>One  line.</p><p>Two\n lines.</p>', [{ heading: '', text: 'One line.\nTwo lines.' }]],
    ['headings start sections', '<p>Intro</p><h2>Requirements</h2><p>Go</p><h3>Perks</h3><p>Lunch</p>', [
      { heading: '', text: 'Intro' },
      { heading: 'Requirements', text: 'Go' },
      { heading: 'Perks', text: 'Lunch' },
    ]],
    ['list items start with "- ", ordered ones too', '<ul><li>Go</li><li>SQL</li></ul><ol><li>Apply</li></ol>', [{ heading: '', text: '- Go\n- SQL\n- Apply' }]],
    ['a nested list gives each item its own line', '<ul><li>Languages<ul><li>Go</li></ul></li></ul>', [{ heading: '', text: '- Languages\n- Go' }]],
    ['a wholly bold block keeps its ** markers', '<p><strong>Must have:</strong></p><p><b>Go</b> and SQL</p>', [{ heading: '', text: '**Must have:**\nGo and SQL' }]],
    ['br ends a line, but not inside a list item', '<p>One<br>Two</p><ul><li>A<br>B</li></ul>', [{ heading: '', text: 'One\nTwo\n- A B' }]],
    ['script, style, nav and buttons are dropped', '<p>Keep</p><script>alert(1)</script><style>p{}</style><nav>Menu</nav><button>Apply</button>', [{ heading: '', text: 'Keep' }]],
    ['hidden elements are dropped', '<p>Shown</p><div hidden>Secret</div>', [{ heading: '', text: 'Shown' }]],
    ['a heading inside a list item is the item text', '<ul><li><h3>Go</h3></li></ul>', [{ heading: '', text: '- Go' }]],
    ['blocks inside a heading stay heading text', '<h2><p>About</p><p>us</p></h2><p>Text</p>', [{ heading: 'About us', text: 'Text' }]],
    ['a long "heading" is a paragraph', `<h2>${'word '.repeat(60)}</h2>`, [{ heading: '', text: 'word '.repeat(60).trim() }]],
    ['markup-like text stays text', '<p>&lt;img src=x onerror=alert(1)&gt;</p>', [{ heading: '', text: '<img src=x onerror=alert(1)>' }]],
    ['table cells are spaced', '<table><tr><td>Pay</td><td>$100</td></tr></table>', [{ heading: '', text: 'Pay $100' }]],
    ['pre keeps its lines', '<pre>a\nb</pre>', [{ heading: '', text: 'a\nb' }]],
    ['zero-width characters and no-break spaces are cleaned', '<p>Go\u200b\u00a0lang</p>', [{ heading: '', text: 'Go lang' }]],
    ['an empty element gives no sections', '<div> </div>', []],
  ])('%s', (_name, html, expected) => {
    expect(domToSections(body(html))).toEqual(expected);
  });

  it('walks a deeply nested page without overflowing the stack', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    let parent: Element = doc.body;
    for (let i = 0; i < 20_000; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.appendChild(doc.createTextNode('deep'));
    expect(domToSections(doc.body)).toEqual([{ heading: '', text: 'deep' }]);
  });

  it('reads a large description to the end, one line per item', () => {
    const html = '<ul>' + '<li>Experience with <b>Go</b> and PostgreSQL.</li>'.repeat(5000) + '</ul>';
    const root = body(html);
    const sections = domToSections(root);
    expect(sections[0]!.text.split('\n')).toHaveLength(5000);
  });
});

describe('domToText', () => {
  it('puts headings and lines one per line', () => {
    expect(domToText(body('<h2>Pay</h2><ul><li>$1</li></ul>'))).toBe('Pay\n- $1');
  });
});
