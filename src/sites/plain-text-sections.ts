import type { RawSection } from '../core/raw-posting';

/** "## Requirements" — a markdown heading some JSON-LD descriptions carry. */
const HEADING = /^#{1,6}\s+(\S.{0,199})$/;
/** "- item", "* item", "• item", "1. item", "2) item". */
const BULLET = /^(?:[-*•·▪◦–]|\d{1,3}[.)])\s+/;

/**
 * A plain-text description (JSON-LD that is not HTML) → sections: one line per line of the
 * text, bullets as "- ", markdown headings starting sections. Part of the DOM readers
 * (test/support/dom-readers.ts), which need no entity table: the text it gets has already been decoded
 * by the DOM's parser.
 */
export function plainTextToSections(text: string): RawSection[] {
  const sections: RawSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const close = () => {
    if (lines.length > 0) sections.push({ heading, text: lines.join('\n') });
  };
  for (const rawLine of text.split(/\r\n?|\n/)) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const headingMatch = HEADING.exec(line);
    if (headingMatch) {
      close();
      heading = headingMatch[1]!.replace(/\s*#+$/, '');
      lines = [];
    } else lines.push(BULLET.test(line) ? `- ${line.replace(BULLET, '')}` : line);
  }
  close();
  return sections;
}
