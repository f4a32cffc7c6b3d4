import type { Job } from '../core/job';
import type { Profile, SkillLevel } from '../core/profile';
import { lookupSkill } from '../extract/skills';
import { dictionarySkillKey, LEVEL_CREDIT, ownedSkills, remembered, type OwnedSkills, type SkillKey } from './match';

/**
 * The requirements of several jobs as one skills × jobs table: what each job asks for, and
 * whether the user has it. Pure, so the comparison view only draws it.
 *
 * Which list a skill lands in follows `matchJob` exactly (the score and the table must tell
 * the same story): a member of an any-of group is shown in its group, not as a row of its
 * own; a skill both required and preferred is required.
 */

/** How one job names a skill: as a requirement, as a nice-to-have, or not at all. */
export type SkillMark = 'required' | 'preferred';

export interface SkillMatrixRow {
  /** The comparison key (`dictionarySkillKey`): "Golang" and "Go" share one. */
  key: string;
  /** The dictionary's canonical name, else the first spelling a job used. */
  skill: string;
  /** The user's level for it, null when the profile does not list it. */
  have: SkillLevel | null;
  /** The profile entry that supplied `have`, as the user typed it ("Golang"); null when missing. */
  profileName: string | null;
  /** One per job, in the order of the jobs given. */
  cells: (SkillMark | null)[];
  requiredBy: number;
  preferredBy: number;
}

/** One job's any-of group ("one or more of Ruby, Go, Java"). */
export interface SkillMatrixGroup {
  jobId: string;
  anyOf: string[];
  required: boolean;
  /** The member that meets it (the best-levelled, as the score counts it), or null. */
  satisfiedBy: string | null;
}

export interface GroupMember {
  skill: string;
  have: SkillLevel | null;
  profileName: string | null;
}

/** Every job's group with the same members, drawn as one row "any of: Ruby / Go / Java". */
export interface SkillMatrixGroupRow {
  /** The members' keys, sorted and joined: the same set in another order is the same row. */
  key: string;
  members: GroupMember[];
  /** Per job: whether that job has this group, and as a requirement or a nice-to-have. */
  cells: (SkillMark | null)[];
  satisfiedBy: string | null;
  /** The level the group is met at (its best member's), null when unmet. */
  have: SkillLevel | null;
}

export interface SkillMatrix {
  jobIds: string[];
  rows: SkillMatrixRow[];
  /** Per job, in job order, then each job's own order. */
  groups: SkillMatrixGroup[];
  /** The groups merged across jobs; required-by-more first, like the rows. */
  groupRows: SkillMatrixGroupRow[];
}

export type MatrixJob = Pick<Job, 'id' | 'skills' | 'skillGroups'>;

interface Owned {
  profileName: string;
  level: SkillLevel;
}

export function buildSkillMatrix(
  jobs: readonly MatrixJob[],
  profile: Profile,
  keyOf: SkillKey = dictionarySkillKey,
): SkillMatrix {
  const skillKey = remembered(keyOf);
  const owned = ownedSkills(profile, skillKey);
  const rows = new Map<string, SkillMatrixRow>();
  const groupRows = new Map<string, SkillMatrixGroupRow & { requiredBy: number; preferredBy: number }>();
  const groups: SkillMatrixGroup[] = [];

  const rowFor = (name: string): SkillMatrixRow => {
    const key = skillKey(name);
    let row = rows.get(key);
    if (!row) {
      const have = owned.get(key) ?? null;
      row = {
        key,
        skill: displayName(name),
        have: have?.level ?? null,
        profileName: have?.profileName ?? null,
        cells: jobs.map(() => null),
        requiredBy: 0,
        preferredBy: 0,
      };
      rows.set(key, row);
    }
    return row;
  };

  jobs.forEach((job, column) => {
    const inRequiredGroup = new Set(job.skillGroups.filter((g) => g.required).flatMap((g) => g.anyOf.map(skillKey)));
    const inPreferredGroup = new Set(job.skillGroups.filter((g) => !g.required).flatMap((g) => g.anyOf.map(skillKey)));

    for (const name of job.skills.required) {
      if (inRequiredGroup.has(skillKey(name))) continue;
      const row = rowFor(name);
      if (row.cells[column] === 'required') continue;
      row.cells[column] = 'required';
      row.requiredBy++;
    }
    for (const name of job.skills.preferred) {
      const key = skillKey(name);
      if (inRequiredGroup.has(key) || inPreferredGroup.has(key)) continue;
      const row = rowFor(name);
      if (row.cells[column] !== null) continue; // already required (or listed twice)
      row.cells[column] = 'preferred';
      row.preferredBy++;
    }

    for (const group of job.skillGroups) {
      const best = bestMember(group.anyOf, owned, skillKey);
      groups.push({ jobId: job.id, anyOf: [...group.anyOf], required: group.required, satisfiedBy: best?.skill ?? null });

      const key = [...new Set(group.anyOf.map(skillKey))].sort().join('\u0000');
      let row = groupRows.get(key);
      if (!row) {
        row = {
          key,
          members: group.anyOf.map((name) => {
            const have = owned.get(skillKey(name));
            return { skill: displayName(name), have: have?.level ?? null, profileName: have?.profileName ?? null };
          }),
          cells: jobs.map(() => null),
          satisfiedBy: best ? displayName(best.skill) : null,
          have: best?.level ?? null,
          requiredBy: 0,
          preferredBy: 0,
        };
        groupRows.set(key, row);
      }
      // A job naming the same group twice, once required: required wins, as for single skills.
      if (row.cells[column] === 'required') continue;
      if (row.cells[column] === 'preferred') row.preferredBy--;
      row.cells[column] = group.required ? 'required' : 'preferred';
      if (group.required) row.requiredBy++;
      else row.preferredBy++;
    }
  });

  return {
    jobIds: jobs.map((job) => job.id),
    rows: [...rows.values()].sort(byDemand((row) => row.skill)),
    groups,
    groupRows: [...groupRows.values()]
      .sort(byDemand((row) => row.members.map((m) => m.skill).join(' / ')))
      .map(({ requiredBy: _r, preferredBy: _p, ...row }) => row),
  };
}

/** Required by most jobs first, then preferred by most, then by name. */
function byDemand<T extends { requiredBy: number; preferredBy: number }>(nameOf: (row: T) => string) {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return (a: T, b: T) =>
    b.requiredBy - a.requiredBy || b.preferredBy - a.preferredBy || collator.compare(nameOf(a), nameOf(b));
}

function displayName(name: string): string {
  return lookupSkill(name)?.name ?? name.trim();
}

/** As `matchJob` picks it: the first member at the highest credit. */
function bestMember(
  anyOf: readonly string[],
  owned: OwnedSkills,
  skillKey: SkillKey,
): (Owned & { skill: string }) | null {
  let best: (Owned & { skill: string }) | null = null;
  for (const skill of anyOf) {
    const have = owned.get(skillKey(skill));
    if (have && (!best || LEVEL_CREDIT[have.level] > LEVEL_CREDIT[best.level])) best = { skill, ...have };
  }
  return best;
}
