import type { HighlightKind, HighlightTerm } from '../core/highlight-term';
import { compileTerms, type TermMatch } from './term-scan';

export type { HighlightKind, HighlightTerm } from '../core/highlight-term';

export interface HighlightOptions {
  /** Subtrees never touched, e.g. the badge's shadow host. */
  exclude?: readonly Node[];
  /** Stop after this many marks: a page that names a skill 10,000 times gains nothing more. */
  maxRanges?: number;
  /** Stop after this many text nodes, or this many characters, so a 5 MB page stays fast. */
  maxTextNodes?: number;
  maxChars?: number;
  /** Add the colours as a <style> in the page (default). Off when the page CSS carries them already. */
  injectStyle?: boolean;
}

export interface HighlightHandle {
  /** How many places were marked. */
  count: number;
  /** Leave the page as it was found. Safe to call twice. */
  clear(): void;
}

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['have', 'missing', 'other'];
export const DEFAULT_MAX_RANGES = 500;
export const DEFAULT_MAX_TEXT_NODES = 20_000;
/** A posting is rarely over 50 kB of text; a million characters is the page around it too. */
export const DEFAULT_MAX_CHARS = 1_000_000;

/**
 * The page-side colours. Only backgrounds and underlines, never the text colour, so the
 * page's own text stays readable on light and dark pages alike; 'missing' is also told apart
 * by its wavy underline, not by colour alone.
 */
const RULES: Record<HighlightKind, string> = {
  have: 'background-color:rgba(34,197,94,.3);text-decoration:underline 2px rgb(22,163,74)',
  missing: 'background-color:rgba(239,68,68,.2);text-decoration:underline wavy 2px rgb(220,38,38)',
  other: 'background-color:rgba(148,163,184,.3)',
};

/** The ::highlight() rules for the CSS Custom Highlight API; nothing else. */
export const HIGHLIGHT_CSS = HIGHLIGHT_KINDS.map((k) => `::highlight(jobmark-${k}){${RULES[k]}}`).join('\n');

/** The same colours for the <mark> fallback; `color:inherit` undoes the browser's black-on-yellow. */
export const MARK_CSS = HIGHLIGHT_KINDS.map((k) => `mark.jobmark-${k}{color:inherit;${RULES[k]}}`).join('\n');

/** Elements whose text is not posting prose, or belongs to the user. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'MARK']);

/**
 * Marks where the posting names each skill, under `root`. Prefers the CSS Custom Highlight
 * API, which paints ranges without touching the page's DOM (frameworks that own the page
 * keep their text nodes). Only where that API is missing are matches wrapped in <mark>
 * elements, which `clear()` removes again.
 */
export function highlightSkills(
  root: Element,
  terms: readonly HighlightTerm[],
  options: HighlightOptions = {},
): HighlightHandle {
  const doc = root.ownerDocument;
  const found = collectMatches(root, terms, {
    exclude: options.exclude ?? [],
    maxRanges: options.maxRanges ?? DEFAULT_MAX_RANGES,
    maxTextNodes: options.maxTextNodes ?? DEFAULT_MAX_TEXT_NODES,
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
  });
  const count = found.reduce((n, f) => n + f.matches.length, 0);
  if (count === 0) return { count, clear() {} };

  const registry = highlightRegistry();
  const undo = registry ? registerHighlights(doc, registry, found) : wrapInMarks(doc, found);
  const style = options.injectStyle === false ? null : addStyle(doc, registry ? HIGHLIGHT_CSS : MARK_CSS);

  let cleared = false;
  return {
    count,
    clear() {
      if (cleared) return;
      cleared = true;
      undo();
      style?.remove();
    },
  };
}

/** The page's highlight registry, when the browser has the whole API (Firefox < 140 has not). */
function highlightRegistry(): HighlightRegistry | null {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  return registry && typeof Highlight === 'function' ? registry : null;
}

interface NodeMatches {
  node: Text;
  matches: TermMatch<HighlightKind>[];
}

interface Limits {
  exclude: readonly Node[];
  maxRanges: number;
  maxTextNodes: number;
  maxChars: number;
}

function collectMatches(root: Element, terms: readonly HighlightTerm[], limits: Limits): NodeMatches[] {
  const found: NodeMatches[] = [];
  let budget = limits.maxRanges;
  let nodesLeft = limits.maxTextNodes;
  let charsLeft = limits.maxChars;
  const usable = terms.filter((t) => t.text.trim() !== '');
  if (usable.length === 0) return found;
  const scan = compileTerms(usable.map((t) => ({ text: t.text, tag: t.kind })));
  // Iterative walk: a deep page cannot overflow the stack, and whole skipped subtrees cost nothing.
  let node: Node | null = root.firstChild;
  while (node && budget > 0 && nodesLeft > 0 && charsLeft > 0) {
    let descend = false;
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      nodesLeft--;
      charsLeft -= text.length;
      const matches = scan(text, budget);
      if (matches.length > 0) {
        found.push({ node: node as Text, matches });
        budget -= matches.length;
      }
    } else if (node.nodeType === 1 && !isSkipped(node as Element, limits.exclude)) descend = true;
    node = nextNode(node, root, descend);
  }
  return found;
}

function isSkipped(el: Element, exclude: readonly Node[]): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || exclude.includes(el)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Pre-order successor of `node` inside `root`, entering its children only when `descend`. */
function nextNode(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let current: Node | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

function registerHighlights(doc: Document, registry: HighlightRegistry, found: NodeMatches[]): () => void {
  const byKind = new Map<HighlightKind, Range[]>();
  for (const { node, matches } of found) {
    for (const m of matches) {
      const range = doc.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      const list = byKind.get(m.tag) ?? [];
      list.push(range);
      byKind.set(m.tag, list);
    }
  }
  const ours = new Map<string, Highlight>();
  for (const [kind, ranges] of byKind) {
    const highlight = new Highlight(...ranges);
    registry.set(`jobmark-${kind}`, highlight);
    ours.set(`jobmark-${kind}`, highlight);
  }
  return () => {
    // Delete only what is still ours: a newer call may have replaced it meanwhile.
    for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
  };
}

/**
 * The fallback. The original text node keeps the text before the first match (so a
 * framework holding a reference to it still finds it); the marks and the text between them
 * follow it as new nodes. Undo puts the original text back and removes the new nodes.
 */
function wrapInMarks(doc: Document, found: NodeMatches[]): () => void {
  const undo: (() => void)[] = [];
  for (const { node, matches } of found) {
    const original = node.data;
    const parent = node.parentNode;
    if (!parent) continue;
    const added: Node[] = [];
    let pos = matches[0]!.start;
    for (const m of matches) {
      if (m.start > pos) added.push(doc.createTextNode(original.slice(pos, m.start)));
      const mark = doc.createElement('mark');
      mark.className = `jobmark-${m.tag}`;
      mark.textContent = original.slice(m.start, m.end);
      added.push(mark);
      pos = m.end;
    }
    if (pos < original.length) added.push(doc.createTextNode(original.slice(pos)));
    node.data = original.slice(0, matches[0]!.start);
    parent.insertBefore(toFragment(doc, added), node.nextSibling);
    undo.push(() => {
      for (const n of added) n.parentNode?.removeChild(n);
      node.data = original;
    });
  }
  return () => undo.forEach((u) => u());
}

function toFragment(doc: Document, nodes: Node[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const n of nodes) fragment.appendChild(n);
  return fragment;
}

function addStyle(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.dataset.jobmark = 'highlights';
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
