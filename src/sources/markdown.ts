import type { RawPosting } from '../core/raw-posting';
import { repairMojibake } from '../extract/normalize-text';
import { blocksToSections, hasNoInlineMarkdown, lexMarkdownLines, splitLines, type MarkdownBlock } from './markdown-sections';

/*
 * A posting with no frame we know: markdown (source 'markdown' when it has headings) or
 * plain pasted text (source 'text'). The title is the first level-1 heading, else a
 * "Title:" label, else the first line when it is short enough to be one.
 */

/** A line that could be a heading ("# …", or "===" / "---" under a line): worth a markdown reading. */
const MAY_HAVE_HEADINGS = /^[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|-{2,})[ \t]*$)/m;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 150;
/** Labelled fields ("Company: Acme") are looked for only near the top. */
const LABEL_LINES = 15;

/** Any text can be read this way, so the check is only that there is some. */
export function looksLikeMarkdown(text: string): boolean {
  return text.trim() !== '';
}

export function parseMarkdown(text: string): RawPosting | null {
  const repaired = repairMojibake(text);
  const lines = splitLines(repaired);
  const noInlineMarkdown = hasNoInlineMarkdown(repaired);
  const markdownBlocks = MAY_HAVE_HEADINGS.test(text) ? lexMarkdownLines(lines, { noInlineMarkdown }) : [];
  const hasHeadings = markdownBlocks.some(isHeading);
  // Without headings it is plain text: keep every line, as pasted text puts one item per line.
  const blocks = hasHeadings ? markdownBlocks : lexMarkdownLines(lines, { joinSoftWraps: false, noInlineMarkdown });
  const labels = labelledFields(blocks);
  const found = titleFromBlocks(labels.rest);
  const title = labels.title ?? found?.title ?? null;
  if (!title) return null;
  return {
    source: hasHeadings ? 'markdown' : 'text',
    url: null,
    title,
    company: labels.company,
    location: labels.location,
    sections: blocksToSections(labels.title ? labels.rest : (found?.rest ?? labels.rest)),
    hints: {},
  };
}

/**
 * The title a markdown body gives: its first level-1 heading, else its first heading or
 * line when that comes first and is short. `rest` is the blocks without it (the heading's
 * text becomes the untitled opening section).
 */
function isHeading(block: MarkdownBlock): boolean {
  return typeof block !== 'string';
}

function isLevelOneHeading(block: MarkdownBlock): boolean {
  return typeof block !== 'string' && block.level === 1;
}

export function titleFromBlocks(blocks: readonly MarkdownBlock[]): { title: string; rest: MarkdownBlock[] } | null {
  const h1 = blocks.findIndex(isLevelOneHeading);
  const index = h1 >= 0 ? h1 : 0;
  const block = blocks[index];
  if (block === undefined) return null;
  const title = typeof block === 'string' ? unbold(block) : block.text;
  if (title === '' || title.length > MAX_TITLE_LENGTH || title.startsWith('- ')) return null;
  // The text under the title heading opens the posting: give it an empty heading.
  if (typeof block !== 'string' && typeof blocks[index + 1] === 'string') {
    const rest = blocks.slice();
    rest[index] = { level: 1, text: '' };
    return { title, rest };
  }
  // The rest without the title block: copies around it, not a copy and then a splice that
  // shifts a large file's hundreds of thousands of blocks.
  return { title, rest: index === 0 ? blocks.slice(1) : blocks.slice(0, index).concat(blocks.slice(index + 1)) };
}

type Labels = { title: string | null; company: string | null; location: string | null; rest: MarkdownBlock[] };

/** "Job title: …", "Company: …", "Location: …" lines near the top, as pasted postings often have. */
function labelledFields(blocks: readonly MarkdownBlock[]): Labels {
  const labels: Labels = { title: null, company: null, location: null, rest: blocks as MarkdownBlock[] };
  const used = new Set<number>();
  blocks.slice(0, LABEL_LINES).forEach((block, index) => {
    if (typeof block !== 'string' || !block.includes(':')) return;
    const match = LABEL.exec(unbold(block));
    if (!match) return;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (value === '' || value.length > MAX_TITLE_LENGTH) return;
    const field = key.includes('title') || key === 'position' || key === 'role' ? 'title' : key.includes('location') ? 'location' : 'company';
    if (labels[field] !== null) return;
    labels[field] = value;
    used.add(index);
  });
  if (used.size > 0) labels.rest = blocks.filter((_, index) => !used.has(index));
  return labels;
}

const LABEL = /^(job title|title|position|role|company|employer|company name|location|job location)[ \t]{0,3}:[ \t]{0,3}(.{1,200})$/i;

function unbold(text: string): string {
  return text.startsWith('**') && text.endsWith('**') && text.length > 4 ? text.slice(2, -2).trim() : text;
}
