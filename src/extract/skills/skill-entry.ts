/** What kind of thing a skill is; the UI groups by it and the matcher treats some kinds apart. */
export type SkillCategory =
  | 'language'
  | 'framework'
  | 'library'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'tool'
  | 'platform'
  | 'data'
  | 'ml'
  | 'mobile'
  | 'testing'
  | 'security'
  | 'design'
  | 'practice'
  | 'standard'
  | 'business';

/** One dictionary entry: the canonical name shown everywhere, and every spelling that means it. */
export interface SkillEntry {
  /** Canonical display name, e.g. "PostgreSQL", "Node.js", "Ruby on Rails". Unique. */
  name: string;
  /** Other spellings, matched case-insensitively unless `caseSensitive`. */
  aliases?: readonly string[];
  category: SkillCategory;
  /**
   * 'topic' for a competency or a domain (software architecture, code review, enterprise
   * sales, machine learning): shown apart from the skills and never scored, since no single
   * tool proves it. Absent for a concrete skill: a technology, tool, language, platform,
   * standard or named practice (LABELLING.md's rule of what counts as a skill).
   */
  kind?: 'topic';
  /**
   * Match the name and aliases only with the exact letter case given: for names that are
   * also ordinary words ("Go", "Swift", "Rust", "Chef", "Less", "Spring", "R").
   */
  caseSensitive?: boolean;
  /**
   * The name is an ordinary word even when capitalised ("Go above and beyond", "Swift
   * delivery"): count it only in a technical context — a list of other skills, or words such
   * as "in", "with", "using", "experience" next to it.
   */
  ambiguous?: boolean;
  /**
   * Extra spellings that are ordinary words although the name is not: matched only with the
   * exact letter case given and only in a technical context, as if the entry were
   * `caseSensitive` and `ambiguous` for these spellings alone ("Node" for Node.js, "Spark"
   * for Apache Spark). A matcher that ignores this field only loses recall, never precision.
   */
  ambiguousAliases?: readonly string[];
}
