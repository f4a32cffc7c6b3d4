import type { RawPosting } from '../core/raw-posting';
import { repairMojibake } from '../extract/normalize-text';
import { markdownInlineToText } from './markdown-inline';
import { blocksToSections, hasNoInlineMarkdown, lexMarkdownLines, splitLines } from './markdown-sections';

/*
 * RemoteWLB README postings:
 *
 *   # [Title](apply-url)
 *   ### Company
 *   #### `💰 65k-95k USD` `🌎 Remote, US`     (the 💰 part is optional, either may be empty)
 *
 *   ## sections …
 *   ## CLICK TO [APPLY](apply-url)
 *
 * Most copies carry mojibake ("ðŸŒŽ" for 🌎), so detection accepts both spellings and the
 * whole text is repaired before parsing.
 */

const GLOBE = ['🌎', 'ðŸŒŽ'];
const MONEY = ['💰', 'ðŸ’°'];
/** "### Company", possibly empty ("###"). */
const COMPANY_LINE = /^###(?:[ \t]|$)/;
/** "#### `🌎 Remote`", possibly empty ("####"). */
const LOCATION_LINE = /^####(?:[ \t]|$)/;
/** What the board writes when it has no company name. */
const NO_COMPANY = new Set(['none', 'null', 'undefined', 'n/a', 'na', '-']);
/** The location line of a posting open to many countries wraps; it never runs this long. */
const MAX_HEADER_LINES = 8;

/** Cheap check on the first lines: a "# [Title](url)" line followed by "### Company" and "#### `…`". */
export function looksLikeRemoteWlb(text: string): boolean {
  const head = firstLines(text.slice(0, 4000), 6);
  return (
    head.length >= 3 &&
    head[0]!.startsWith('# [') &&
    head[0]!.includes('](') &&
    COMPANY_LINE.test(head[1]!) &&
    LOCATION_LINE.test(head[2]!)
  );
}

export function parseRemoteWlb(text: string): RawPosting | null {
  const repaired = repairMojibake(text);
  const lines = splitLines(repaired);
  let index = 0;
  const nextNonEmpty = () => {
    while (index < lines.length && lines[index]!.trim() === '') index++;
    return index < lines.length ? lines[index]!.trim() : null;
  };

  const titleLine = nextNonEmpty();
  const titleLink = titleLine?.startsWith('# [') ? splitTitleLink(titleLine.slice(2)) : null;
  if (!titleLink) return null;
  index++;

  let company: string | null = null;
  if (COMPANY_LINE.test(nextNonEmpty() ?? '')) {
    const name = markdownInlineToText(lines[index]!.trim().slice(3));
    company = name === '' || NO_COMPANY.has(name.toLowerCase()) ? null : name;
    index++;
  }

  let location: string | null = null;
  let boardSalaryText: string | null = null;
  if (LOCATION_LINE.test(nextNonEmpty() ?? '')) {
    // The line ends at the closing backtick of its last part, possibly some lines below.
    let header = lines[index]!.trim().slice(4);
    index++;
    for (let extra = 0; countBackticks(header) % 2 === 1 && extra < MAX_HEADER_LINES && index < lines.length; extra++) {
      header += `\n${lines[index]!.trim()}`;
      index++;
    }
    for (const part of backtickParts(header)) {
      const globe = GLOBE.find((g) => part.startsWith(g));
      const money = MONEY.find((m) => part.startsWith(m));
      if (globe) location = part.slice(globe.length).replace(/\s+/g, ' ').trim() || null;
      else if (money) boardSalaryText = part.slice(money.length).replace(/\s+/g, ' ').trim() || null;
    }
  }

  const sections = blocksToSections(lexMarkdownLines(lines.slice(index), { noInlineMarkdown: hasNoInlineMarkdown(repaired) })).filter(
    (section) => !/^click to apply\b/i.test(section.heading),
  );
  return {
    source: 'remotewlb',
    url: titleLink.url,
    title: titleLink.title,
    company,
    location,
    sections,
    // RemoteWLB is a board of remote jobs: a posting that names no other mode is remote.
    hints: { boardSalaryText, boardWorkplace: 'remote' },
  };
}

/** "[Title [Remote]](https://…)" → title and url; the link target is after the last "](". */
function splitTitleLink(line: string): { title: string; url: string | null } | null {
  const trimmed = line.trim();
  const split = trimmed.lastIndexOf('](');
  if (!trimmed.startsWith('[') || split < 0) return null;
  const title = markdownInlineToText(trimmed.slice(1, split));
  const target = trimmed.slice(split + 2).replace(/\)\s*$/, '').trim();
  if (title === '') return null;
  return { title, url: /^https?:\/\/\S+$/.test(target) ? target : null };
}

function backtickParts(header: string): string[] {
  const parts = header.split('`');
  // Odd positions are inside backticks.
  return parts.filter((_, i) => i % 2 === 1).map((part) => part.trim());
}

function countBackticks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) count++;
  return count;
}

/**
 * The first `count` non-empty lines of `text`, trimmed. Line by line, stopping once it has
 * them: this runs on every file read, and most are not RemoteWLB postings.
 */
function firstLines(text: string, count: number): string[] {
  const found: string[] = [];
  let start = 0;
  while (found.length < count && start <= text.length) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end).trim();
    if (line !== '') found.push(line);
    // Past the break: "\r\n" is one break, as are a lone "\r" and a lone "\n".
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return found;
}

/** Where the line starting at `start` ends: the next "\r" or "\n", or the end of the text. */
function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const end = newline < 0 ? text.length : newline;
  const carriageReturn = text.indexOf('\r', start);
  return carriageReturn >= 0 && carriageReturn < end ? carriageReturn : end;
}
