import { SKILL_DICTIONARY } from '../../src/extract/skills/dictionary';
import type { SkillEntry } from '../../src/extract/skills/skill-entry';
import { foldSkillChars } from './fold';

/**
 * Folded spelling → folded canonical name, from the dictionary's aliases: a label that writes
 * "WSL" and an answer that says "Windows Subsystem for Linux" name one skill. A spelling that
 * two entries share is left out, so the table can only join, never confuse.
 */
export function dictionarySpellings(entries: readonly SkillEntry[] = SKILL_DICTIONARY): Map<string, string> {
  const table = new Map<string, string>();
  const shared = new Set<string>();
  for (const entry of entries) {
    const name = foldSkillChars(entry.name);
    for (const alias of [...(entry.aliases ?? []), ...(entry.ambiguousAliases ?? [])]) {
      const spelling = foldSkillChars(alias);
      if (spelling === name) continue;
      const earlier = table.get(spelling);
      if (earlier !== undefined && earlier !== name) shared.add(spelling);
      table.set(spelling, name);
    }
  }
  for (const spelling of shared) table.delete(spelling);
  // A spelling that is itself another entry's name stays that entry.
  for (const entry of entries) table.delete(foldSkillChars(entry.name));
  return table;
}
