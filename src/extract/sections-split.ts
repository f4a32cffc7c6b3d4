/**
 * Pseudo-headings: postings often head their lists inside one section's text ("**Must have
 * (professional experience):**", "Requirements:"), so one "What you bring" section from
 * the source really holds a requirements list and a nice-to-have list. This finds those
 * lines in normalized (light-markdown) text.
 */

export interface TextBlock {
  /** The pseudo-heading that opened this block, without `**` markers; null for the text before the first one. */
  heading: string | null;
  /** How the heading was written: a bold line is a heading by itself, a colon line only when its words name a kind. */
  style: 'bold' | 'colon' | 'plain' | null;
  /** The lines under the heading, without blank lines at either end. */
  text: string;
}

/**
 * No real section has more lines worth a close look (bold, after a blank line, before a
 * list) than this; past it the rest stays text, which bounds the work on hostile input.
 */
const MAX_EXAMINED_LINES = 1_000;

/** Only the first line can be a heading unless the text has a bold line, a blank line or a list. */
const MAY_HAVE_LATER_HEADINGS = /\*\*|\n\n|\n- /;

/** A heading is a label, not a sentence: at most this many words and characters. */
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 90;

const WHOLLY_BOLD = /^\*\*(.+)\*\*$/;

function isLabel(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return false;
  // "#LI-Remote" is a job-board tag, not a heading; a sentence ends with a full stop.
  const last = text.charAt(text.length - 1);
  if (text.startsWith('#') || last === '.' || last === ';' || last === ',') return false;
  return wordCountAtMost(text, MAX_HEADING_WORDS);
}

/** Whether text.split(' ') would have at most `max` parts, counted without making them. */
function wordCountAtMost(text: string, max: number): boolean {
  let parts = 1;
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) {
    if (++parts > max) return false;
  }
  return true;
}

/** "**Nice to have**" → "Nice to have"; null when the line is not wholly bold or reads as a sentence. */
export function boldHeadingOf(line: string): string | null {
  const match = WHOLLY_BOLD.exec(line);
  const inner = match?.[1]?.trim();
  return inner !== undefined && isLabel(inner) ? inner : null;
}

/** Where a line stands: what the splitter knows about its neighbours. */
export interface LineContext {
  /** The line before is blank, or there is none. */
  afterBlank: boolean;
  /** The next non-blank line is a list item. */
  beforeList: boolean;
  /** Some text follows the line. */
  hasMore: boolean;
}

/**
 * A colon line that breaks off mid-phrase ("Experience with one of:", "Skills such as:")
 * introduces a list inside a sentence; it is not a heading. ("Who we're looking for:" is
 * one, so "for" is not in the list.)
 */
const ENDS_MID_PHRASE = /\b(?:of|with|in|from|as|like|including|e\.g|such as|and|or|either|both|any|following|these|those)$/i;

/** "Requirements:" → "Requirements" when a list follows; null otherwise. */
export function colonHeadingOf(line: string, context: LineContext): string | null {
  if (!line.endsWith(':') || line.startsWith('- ') || !context.beforeList) return null;
  const label = line.slice(0, -1).trim();
  return isLabel(label) && !ENDS_MID_PHRASE.test(label) ? label : null;
}

/**
 * Cuts text at every candidate pseudo-heading. Bold lines always cut; colon and plain
 * lines cut only when `acceptHeading` agrees, because "Experience with one of:" ahead of a
 * list is part of the requirements, not a new section. The text must be normalized (no
 * more than one blank line in a row).
 *
 * Lines are walked by index and only would-be headings are cut out as strings: a text can
 * have hundreds of thousands of lines, and almost none of them can be a heading.
 */
export function splitAtPseudoHeadings(text: string, acceptHeading: (label: string) => boolean): TextBlock[] {
  // Where each block's heading line starts and ends (the first block has none).
  const cuts: { heading: string | null; style: TextBlock['style']; start: number; end: number }[] = [
    { heading: null, style: null, start: 0, end: -1 },
  ];
  let examined = 0;
  let previousBlank = true;
  const onlyFirstLine = !MAY_HAVE_LATER_HEADINGS.test(text);
  for (let start = 0; start <= text.length && examined < MAX_EXAMINED_LINES; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const length = end - start;
    if (length > 0 && length <= MAX_HEADING_CHARS + 4 && !text.startsWith('- ', start)) {
      const next = nextLineStart(text, end);
      const beforeList = next !== -1 && text.startsWith('- ', next);
      const bold = text.startsWith('**', start) && text.startsWith('**', end - 2);
      const endsWithColon = text.charCodeAt(end - 1) === 58; // ':'
      if (bold || beforeList || previousBlank) {
        examined++;
        const line = text.slice(start, end);
        const context: LineContext = { afterBlank: previousBlank, beforeList, hasMore: next !== -1 };
        const boldLabel = bold ? boldHeadingOf(line) : null;
        const colonLabel = boldLabel === null && endsWithColon ? colonHeadingOf(line, context) : null;
        const plainLabel = boldLabel === null && colonLabel === null ? plainHeadingOf(line, context) : null;
        if (boldLabel !== null) cuts.push({ heading: boldLabel, style: 'bold', start, end });
        else if (colonLabel !== null && acceptHeading(colonLabel)) cuts.push({ heading: colonLabel, style: 'colon', start, end });
        else if (plainLabel !== null && acceptHeading(plainLabel)) cuts.push({ heading: plainLabel, style: 'plain', start, end });
      }
    }
    previousBlank = length === 0;
    if (newline === -1 || onlyFirstLine) break;
    start = newline + 1;
  }
  if (cuts.length === 1) return [{ heading: null, style: null, text }];
  return cuts.map((cut, index) => {
    const bodyEnd = cuts[index + 1]?.start ?? text.length;
    return { heading: cut.heading, style: cut.style, text: trimNewlines(text.slice(cut.end + 1, bodyEnd)) };
  });
}

/**
 * Where the next non-blank line after a line ending at `end` starts, or -1 at the end of
 * the text. Normalized text has at most one blank line in a row, so two steps suffice.
 */
function nextLineStart(text: string, end: number): number {
  let next = end + 1;
  if (next >= text.length) return -1;
  if (text.charCodeAt(next) === 10) next++;
  return next < text.length && text.charCodeAt(next) !== 10 ? next : -1;
}

function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 10) start++;
  while (end > start && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(start, end);
}

/**
 * Words that open a heading written as a plain line ("Description", "What You Will Be
 * Doing", "About the team"). Without bold or a colon, only the opening words tell a heading
 * from a short, unbulleted list line like "Kubernetes experience".
 */
const PLAIN_HEADING_START =
  /^(?:about|what|who|why|how|where|your|our|the|job|role|position|company (?:description|overview|profile|information)|key|requirements?|qualifications?|responsibilities|benefits|perks|description|summary|overview|nice|bonus|preferred|minimum|basic|required|compensation|salary|pay|application|hiring|interview|you|we|in this|day|duties|must|desired|additional|practicals|in return|tasks|profile)\b/i;
const MAX_PLAIN_HEADING_WORDS = 6;

/**
 * "Description" or "What You Will Be Doing" alone on a line, after a blank line (or at the
 * start) or right before a list, and with more text after it; null otherwise.
 */
export function plainHeadingOf(line: string, context: LineContext): string | null {
  if (!context.hasMore || line.startsWith('- ') || !(context.afterBlank || context.beforeList)) return null;
  const label = line.endsWith(':') ? line.slice(0, -1).trim() : line;
  // "Salary: $110,000" is a labelled value, not a heading.
  // "Bonus Track!" is a heading; a sentence ends in a full stop, and "Salary: $110,000" is a value.
  if (label.length > 60 || /[.;,]$|[:\d]/.test(label) || !PLAIN_HEADING_START.test(label)) return null;
  return wordCountAtMost(label, MAX_PLAIN_HEADING_WORDS) ? label : null;
}
