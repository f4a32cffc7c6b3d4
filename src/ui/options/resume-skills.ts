import { findSkillMentions, lookupSkill } from '../../extract/skills';

/** A skill a pasted résumé names, with how often, so the user can judge what it rests on. */
export interface ResumeSkill {
  /** The dictionary's canonical name ("Go" for "Golang"). */
  name: string;
  mentions: number;
}

/** What a résumé names: skills to offer, and those the profile already holds. */
export interface ResumeFindings {
  /** Skills the profile lacks, most-mentioned first, then in the order the résumé names them. */
  offered: ResumeSkill[];
  /** Canonical names found that the profile already holds (nothing to offer, but worth saying). */
  held: string[];
}

/**
 * The skills a pasted résumé names, through the same extractor that reads postings, so what
 * it finds here is what it will match there. Most-mentioned first: the user's main skills
 * lead the checklist.
 */
export function skillsInResume(text: string, profileSkillNames: readonly string[]): ResumeFindings {
  // Profile names are canonical when the dictionary knows them, but an older profile or a
  // hand-typed name may hold an alias: compare canonical to canonical, ignoring case.
  const have = new Set(profileSkillNames.map((name) => (lookupSkill(name)?.name ?? name).toLowerCase()));
  const offered = new Map<string, ResumeSkill>();
  const held = new Set<string>();
  for (const mention of findSkillMentions(text)) {
    if (have.has(mention.name.toLowerCase())) {
      held.add(mention.name);
      continue;
    }
    const seen = offered.get(mention.name);
    if (seen) seen.mentions++;
    else offered.set(mention.name, { name: mention.name, mentions: 1 });
  }
  // A Map keeps first-mention order, and a stable sort keeps it among equal counts.
  return { offered: [...offered.values()].sort((a, b) => b.mentions - a.mentions), held: [...held] };
}
