import type { JobSection, SectionKind } from '../core/job';
import type { RawSection } from '../core/raw-posting';
import { cleanInline, normalizeText } from './normalize-text';
import { isCompanyIntro } from './sections-company-intro';
import { classifyHeading } from './sections-heading-kind';
import { splitAtPseudoHeadings, type TextBlock } from './sections-split';

export { classifyHeading } from './sections-heading-kind';

/**
 * The posting's sections as the extractors and the UI use them: each source section split
 * again at the pseudo-headings inside its text, every piece classified by its heading,
 * text normalized, empty pieces dropped.
 *
 * A piece whose heading names nothing recognisable ("**Backend**", "**Acme**") takes the
 * kind of the closest recognised heading before it in the same source section — a bold
 * sub-heading inside "What you bring" is still requirements. With nothing recognised
 * before it, it is 'about' when its text clearly introduces the company, else 'other'.
 */
export function classifySections(sections: readonly RawSection[]): JobSection[] {
  const out: JobSection[] = [];
  for (const raw of sections) {
    const previous = out[out.length - 1];
    // "1. Regulatory change management" under "What you'll do" is a numbered sub-heading:
    // it continues the section before it.
    const continues = previous !== undefined && NUMBERED_HEADING.test(raw.heading.trim()) ? previous.kind : null;
    out.push(...classifyOne(raw, continues));
  }
  return out;
}

const NUMBERED_HEADING = /^(?:\d{1,2}[.)]|[-•·])\s/;

function classifyOne(raw: RawSection, continues: SectionKind | null): JobSection[] {
  const blocks = splitAtPseudoHeadings(normalizeText(raw.text), (label) => classifyHeading(label) !== null);
  const out: JobSection[] = [];
  const sourceHeading = cleanInline(raw.heading);
  const sourceKind = classifyHeading(sourceHeading);
  const fallback = { kind: sourceKind ?? 'other', heading: sourceHeading };
  let inherited: SectionKind | null = continues;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as TextBlock;
    const heading = index === 0 ? sourceHeading : cleanInline(block.heading ?? '');
    const named = index === 0 ? sourceKind : classifyHeading(heading);
    const text = block.text;

    // A bold line naming nothing, with nothing under it, is an emphasised list line
    // ("**🚲 Cycle to work scheme**" in a benefits list), not a heading.
    if (index > 0 && named === null && text === '') {
      appendLine(out, heading, fallback);
      continue;
    }

    const kind = named ?? inherited ?? (isCompanyIntro(text) ? 'about' : 'other');
    if (named !== null && named !== 'other') inherited = named;
    else if (named === null && inherited === null && kind === 'about') inherited = 'about';
    if (text !== '') out.push({ kind, heading, text });
  }
  return out;
}

/**
 * Puts a would-be heading back as a plain line of the piece before it (`out` holds only
 * this source section's pieces), or of a piece under the source heading when there is none.
 */
function appendLine(out: JobSection[], line: string, fallback: Omit<JobSection, 'text'>): void {
  if (line === '') return;
  const previous = out[out.length - 1];
  if (previous === undefined) out.push({ ...fallback, text: line });
  else previous.text = `${previous.text}\n${line}`;
}
