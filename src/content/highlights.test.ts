// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_CSS, highlightSkills, type HighlightTerm } from './highlights';

/** happy-dom has no CSS Custom Highlight API; this stands in for the browser's registry. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // synthetic test markup only
  return document.body;
}

const TERMS: HighlightTerm[] = [
  { text: 'Go', kind: 'have' },
  { text: 'C++', kind: 'missing' },
  { text: 'Postgres', kind: 'other' },
];

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('highlightSkills with the CSS Custom Highlight API', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
  });

  const painted = (kind: string) => registry.get(`jobmark-${kind}`)?.ranges.map((r) => r.toString()) ?? [];

  it('registers one highlight per kind and leaves the DOM as it was', () => {
    const root = page('<p>We use Go and C++.</p><ul><li>Postgres, <b>Go</b></li></ul>');
    const before = root.innerHTML;
    const handle = highlightSkills(root, TERMS);
    expect(handle.count).toBe(4);
    expect(painted('have')).toEqual(['Go', 'Go']);
    expect(painted('missing')).toEqual(['C++']);
    expect(painted('other')).toEqual(['Postgres']);
    expect(root.innerHTML).toBe(before);
  });

  it('adds only the ::highlight() rules to the page, and takes everything away on clear()', () => {
    const root = page('<p>Go</p>');
    const handle = highlightSkills(root, TERMS);
    const styles = [...document.querySelectorAll('style')];
    expect(styles.map((s) => s.textContent)).toEqual([HIGHLIGHT_CSS]);
    expect(HIGHLIGHT_CSS).toContain('::highlight(jobmark-have)');
    expect(HIGHLIGHT_CSS).not.toMatch(/(^|\})\s*[a-z.#]/); // no rule that could restyle the page
    handle.clear();
    handle.clear();
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('clear() leaves a newer call’s highlight in place', () => {
    const root = page('<p>Go</p>');
    const first = highlightSkills(root, TERMS);
    const second = highlightSkills(root, TERMS);
    first.clear();
    expect(painted('have')).toEqual(['Go']);
    second.clear();
    expect(registry.size).toBe(0);
  });

  it.each<[string, string, number]>([
    ['script', '<script>var Go = 1;</script><p>Go</p>', 1],
    ['style', '<style>.Go{}</style><p>Go</p>', 1],
    ['textarea', '<textarea>Go</textarea><p>Go</p>', 1],
    ['contenteditable', '<div contenteditable="true"><span>Go</span></div><p>Go</p>', 1],
    ['contenteditable="false" is ordinary text', '<div contenteditable="false">Go</div><p>Go</p>', 2],
    ['words that contain the term', '<p>Google, Django, Gopher, GoLang</p>', 0],
  ])('skips %s', (_name, html, count) => {
    expect(highlightSkills(page(html), TERMS).count).toBe(count);
  });

  it('skips the excluded badge host', () => {
    const root = page('<p>Go</p><div id="host"><span>Go</span></div>');
    expect(highlightSkills(root, TERMS, { exclude: [document.getElementById('host')!] }).count).toBe(1);
  });

  it('marks only under the root it is given', () => {
    page('<header>Go</header><main id="posting"><p>Go and Go</p></main>');
    expect(highlightSkills(document.getElementById('posting')!, TERMS).count).toBe(2);
  });

  it.each<[string, object, number]>([
    ['ranges', { maxRanges: 3 }, 3],
    ['text nodes', { maxTextNodes: 2 }, 2],
  ])('stops at the cap on %s', (_name, options, count) => {
    const root = page('<p>Go</p>'.repeat(10));
    expect(highlightSkills(root, TERMS, options).count).toBe(count);
  });

  it('does nothing, and adds no style, when nothing matches', () => {
    const handle = highlightSkills(page('<p>Rust</p>'), TERMS);
    expect(handle.count).toBe(0);
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('stops at the cap on characters', () => {
    const root = page('<p>Go go go go</p><p>Go</p>');
    expect(highlightSkills(root, TERMS, { maxChars: 5 }).count).toBe(1);
  });

  it('on a 5 MB page the scan stops after a million characters', () => {
    const paragraph = `<p>${'We build reliable services with care and ship them often. '.repeat(40)}</p>`;
    const root = page('<p>Go</p>' + paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)) + '<p>Go</p>');
    const handle = highlightSkills(root, TERMS);
    expect(handle.count).toBe(1); // the first "Go" is marked, the one past the cap is never reached
  });
});

describe('highlightSkills without the API: the <mark> fallback', () => {
  beforeEach(() => {
    vi.stubGlobal('CSS', {});
  });

  it('wraps each match in a <mark> of its kind', () => {
    const root = page('<p>Go, C++ and Postgres.</p>');
    const handle = highlightSkills(root, TERMS);
    expect(handle.count).toBe(3);
    expect([...root.querySelectorAll('mark')].map((m) => `${m.className}:${m.textContent}`)).toEqual([
      'jobmark-have:Go',
      'jobmark-missing:C++',
      'jobmark-other:Postgres',
    ]);
    expect(root.textContent).toBe('Go, C++ and Postgres.');
    expect(document.querySelector('style')?.textContent).toContain('mark.jobmark-have');
  });

  it('clear() restores the page exactly, keeping the original text node', () => {
    const root = page('<p>Before Go, after C++ end</p><p>Go</p>');
    const before = root.innerHTML;
    const firstText = root.querySelector('p')!.firstChild;
    const handle = highlightSkills(root, TERMS);
    expect(root.innerHTML).not.toBe(before);
    handle.clear();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.firstChild).toBe(firstText);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('page text that looks like markup stays text', () => {
    const root = page('<p></p>');
    root.querySelector('p')!.textContent = '<img src=x onerror=alert(1)> Go';
    highlightSkills(root, TERMS);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')?.textContent).toBe('Go');
    expect(root.textContent).toBe('<img src=x onerror=alert(1)> Go');
  });
});

describe('highlightSkills with half the API', () => {
  it('falls back to <mark> when CSS.highlights exists but Highlight does not', () => {
    vi.stubGlobal('CSS', { highlights: new Map() });
    vi.stubGlobal('Highlight', undefined);
    const root = page('<p>Go</p>');
    highlightSkills(root, TERMS);
    expect(root.querySelector('mark.jobmark-have')?.textContent).toBe('Go');
    expect(document.querySelector('style')?.textContent).toContain('mark.jobmark-have');
  });
});
