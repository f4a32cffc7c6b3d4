import type { SkillEntry } from './skill-entry';

/** One way of writing a skill, with the rules the matcher applies to it. */
export interface Spelling {
  entry: SkillEntry;
  /** As the dictionary writes it. */
  text: string;
  lower: string;
  /** Only this exact letter case counts ("Go", not "go"). */
  caseSensitive: boolean;
  /** An ordinary word too: counts only in a technical context (see skill-context.ts). */
  ambiguous: boolean;
  /** Refuses hyphen compounds ("C-level", "Go-to-market"); see skill-boundaries.ts. */
  hyphenSensitive: boolean;
  /** `text` is all ASCII: a hit can be verified unit by unit, without a lower-cased copy. */
  asciiLower: boolean;
}
