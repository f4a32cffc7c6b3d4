import type { Experience, JobSection, SectionKind } from '../core/job';
import { findExperienceMentions, type ExperienceMention } from './experience-mentions';
// The same light-markdown clean-up as salary text, so both read alike in the UI.
import { cleanMarkdown } from './salary-snippet';

/**
 * Where to look, in order. Requirements sections state the bar, so any "N years" there
 * counts; elsewhere the phrase must say it is experience ("5+ years of experience",
 * "professional", "in a … role"). Benefits and compensation are skipped: years there are
 * vesting, tenure and service awards.
 */
const TIERS: ReadonlyArray<{ kinds: ReadonlySet<SectionKind>; needsExperienceWord: boolean }> = [
  { kinds: new Set(['requirements']), needsExperienceWord: false },
  { kinds: new Set(['about', 'responsibilities', 'other', 'process']), needsExperienceWord: true },
  { kinds: new Set(['nice-to-have']), needsExperienceWord: true },
];

/** Longest `text` kept whole; a longer line is cut to the clause around the phrase. */
const MAX_LINE = 140;

/** How far the line around a phrase may reach either way, in characters. */
const MAX_REACH = 1_000;

/**
 * The line around [start, end), looking at most MAX_REACH characters either way. The
 * searches run on slices of that reach, so a 1 MB line costs no more than a short one.
 */
function lineOf(text: string, start: number, end: number): { start: number; end: number } {
  const reachStart = Math.max(0, start - MAX_REACH);
  const newlineBefore = text.slice(reachStart, start).lastIndexOf('\n');
  const newlineAfter = text.slice(end, end + MAX_REACH).indexOf('\n');
  return {
    start: newlineBefore >= 0 ? reachStart + newlineBefore + 1 : reachStart,
    end: newlineAfter >= 0 ? end + newlineAfter : Math.min(text.length, end + MAX_REACH),
  };
}

/** Where a clause may start: after punctuation, or at "or"/"and" joining alternatives. */
const CLAUSE_STARTS = ['. ', '; ', ', ', ': ', ' OR ', ' or ', ' and ', ' - '];

/** The words to show: the line when short, else the clause around the phrase. */
function phraseText(text: string, mention: ExperienceMention): string {
  const line = lineOf(text, mention.start, mention.end);
  if (line.end - line.start <= MAX_LINE) return cleanMarkdown(text.slice(line.start, line.end));
  const headStart = Math.max(line.start, mention.start - 80);
  const head = text.slice(headStart, mention.start);
  let from = headStart;
  let cut = -1;
  for (const mark of CLAUSE_STARTS) {
    const at = head.lastIndexOf(mark);
    if (at >= 0 && at + mark.length > cut) cut = at + mark.length;
  }
  if (cut >= 0) from = headStart + cut;
  else if (headStart > line.start) {
    // No clause mark within reach: start at the next whole word rather than mid-word.
    const space = head.indexOf(' ');
    from = space >= 0 ? headStart + space + 1 : mention.start;
  }
  const tail = text.slice(mention.end, Math.min(line.end, mention.end + 100));
  const stop = /[.;,](?:\s|$)/.exec(tail);
  let to = mention.end + (stop ? stop.index : tail.length);
  if (!stop && to < line.end) {
    // Likewise end on a whole word.
    const space = text.lastIndexOf(' ', to);
    if (space > mention.end) to = space;
  }
  return cleanMarkdown(text.slice(from, to));
}

interface Found {
  mention: ExperienceMention;
  /** The section text it was found in, to cut `Experience.text` from once chosen. */
  source: string;
}

/**
 * The years of experience a posting asks for. Within the first tier that has any mention,
 * the main requirement is the one with the largest minimum ("5+ years of software
 * engineering, 2+ years with Kubernetes" → 5); ties go to the first. Years are capped at
 * 0–40.
 */
export function extractExperience(sections: readonly JobSection[]): Experience | null {
  for (const tier of TIERS) {
    let best: Found | null = null;
    for (const section of sections) {
      if (!tier.kinds.has(section.kind)) continue;
      for (const mention of withAlternativePathsFolded(section.text, findExperienceMentions(section.text))) {
        if (tier.needsExperienceWord && !mention.saysExperience) continue;
        if (best && mention.minYears <= best.mention.minYears) continue;
        best = { mention, source: section.text };
      }
    }
    if (best) {
      const { minYears, maxYears } = best.mention;
      return { minYears, maxYears, text: phraseText(best.source, best.mention) };
    }
  }
  return null;
}

/** Paths joined by "or" in one line: "a Master's with 2+ years OR a Bachelor's with 3+ years OR 6+ years". */
const OR_BETWEEN = /\bor\b/i;
const DEGREE = /\b(?:degree|bachelor|master|ph\.?d|doctorate|diploma|b\.?sc?|m\.?sc?|b\.?a|m\.?b\.?a|equivalent)\b/i;

/**
 * Alternative paths to the bar ask for the least of them (LABELLING.md: "degree and 3 years,
 * or 5 years" → 3). Mentions on one line joined by "or", on a line that names a degree, are
 * one requirement: the most permissive stands for the group.
 */
function withAlternativePathsFolded(text: string, mentions: ExperienceMention[]): ExperienceMention[] {
  if (mentions.length < 2) return mentions;
  const out: ExperienceMention[] = [];
  let group: ExperienceMention[] = [mentions[0]!];
  const flush = () => {
    const line = lineOf(text, group[0]!.start, group[group.length - 1]!.end);
    const alternatives = group.length > 1 && DEGREE.test(text.slice(line.start, line.end));
    if (!alternatives) out.push(...group);
    else out.push(group.reduce((least, m) => (m.minYears < least.minYears ? m : least)));
  };
  for (const mention of mentions.slice(1)) {
    const previous = group[group.length - 1]!;
    const between = text.slice(previous.end, mention.start);
    if (between.length < 200 && !between.includes('\n') && OR_BETWEEN.test(between)) group.push(mention);
    else {
      flush();
      group = [mention];
    }
  }
  flush();
  return out;
}
