import { type Eligibility, LanguageLevel, type Profile, type ProfileSkill, type SkillLevel } from '../core';
import { lookupSkill } from '../extract/skills';

const LEVEL_RANK: Record<SkillLevel, number> = { learning: 0, working: 1, expert: 2 };

/** "Golang", "golang" and "Go" are one skill: the dictionary's name, else the name itself, case-folded. */
function skillKey(name: string): string {
  return (lookupSkill(name)?.name ?? name.trim()).toLowerCase();
}

/**
 * The stored profile with an imported one merged in, losing nothing the user entered:
 * - skills: the union by skill (aliases count as the skill), in the stored order with new
 *   ones after; a skill in both takes the higher level and keeps the stored spelling;
 * - target salary, workplaces and locations: the imported value when it is set (not null,
 *   not empty), else the stored one;
 * - eligibility: countries and office days likewise; languages as skills (the union, the
 *   higher level); needing sponsorship when either says so.
 * Merging the same profile again changes nothing.
 */
export function mergeProfile(stored: Profile, imported: Profile): Profile {
  const skills: ProfileSkill[] = stored.skills.map((skill) => ({ ...skill }));
  const byName = new Map<string, ProfileSkill>();
  const byKey = new Map<string, ProfileSkill>();
  for (const skill of skills) {
    if (!byName.has(skill.name)) byName.set(skill.name, skill);
    const key = skillKey(skill.name);
    if (!byKey.has(key)) byKey.set(key, skill);
  }
  for (const skill of imported.skills) {
    // The same spelling first: a stored profile could hold two spellings of one skill (an
    // older build did not merge aliases), and each must meet its own twin to stay unchanged.
    const match = byName.get(skill.name) ?? byKey.get(skillKey(skill.name));
    if (match === undefined) {
      const added = { ...skill };
      skills.push(added);
      byName.set(added.name, added);
      byKey.set(skillKey(added.name), added);
    } else if (LEVEL_RANK[skill.level] > LEVEL_RANK[match.level]) {
      match.level = skill.level;
    }
  }
  return {
    skills,
    targetSalary: imported.targetSalary ?? stored.targetSalary,
    workplaces: imported.workplaces.length > 0 ? imported.workplaces : stored.workplaces,
    locations: imported.locations.length > 0 ? imported.locations : stored.locations,
    eligibility: mergeEligibility(stored.eligibility, imported.eligibility),
  };
}

function mergeEligibility(stored: Eligibility, imported: Eligibility): Eligibility {
  const rank = (level: LanguageLevel) => LanguageLevel.options.indexOf(level);
  const languages = stored.languages.map((spoken) => ({ ...spoken }));
  for (const spoken of imported.languages) {
    const known = languages.find((l) => l.language.toLowerCase() === spoken.language.toLowerCase());
    if (known === undefined) languages.push({ ...spoken });
    else if (rank(spoken.level) > rank(known.level)) known.level = spoken.level;
  }
  return {
    workCountries: imported.workCountries.length > 0 ? imported.workCountries : stored.workCountries,
    languages,
    maxOfficeDays: imported.maxOfficeDays ?? stored.maxOfficeDays,
    needsSponsorship: imported.needsSponsorship || stored.needsSponsorship,
  };
}
