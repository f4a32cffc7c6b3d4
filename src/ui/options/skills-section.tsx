import { useState } from 'preact/hooks';
import type { ProfileSkill, SkillLevel } from '../../core/profile';
import { SKILL_LEVELS } from './skill-levels';

export interface SkillsSectionProps {
  skills: readonly ProfileSkill[];
  /** Dictionary names for what is typed (the container asks the skill dictionary). */
  suggest(text: string): string[];
  onAdd(name: string, level: SkillLevel): void;
  onRemove(name: string): void;
  onLevel(name: string, level: SkillLevel): void;
}

/** The skills every match and badge is computed against. */
export function SkillsSection(props: SkillsSectionProps) {
  const [draft, setDraft] = useState('');
  const [level, setLevel] = useState<SkillLevel>('working');
  const suggestions = draft.trim() ? props.suggest(draft) : [];
  const add = (event: Event) => {
    event.preventDefault();
    const name = draft.trim();
    if (!name) return;
    props.onAdd(name, level);
    setDraft('');
  };
  return (
    <section aria-labelledby="skills-heading">
      <h2 id="skills-heading">Your skills</h2>
      <p class="hint">Jobs are matched against these. Type a skill; Jobmark suggests the names postings use.</p>
      <form class="add-skill" onSubmit={add}>
        <label>
          Skill
          <input
            list="skill-suggestions"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
            autocomplete="off"
          />
        </label>
        <datalist id="skill-suggestions">
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <label>
          Level
          <select value={level} onChange={(e) => setLevel((e.target as HTMLSelectElement).value as SkillLevel)}>
            {SKILL_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add</button>
      </form>
      {props.skills.length === 0 ? (
        <p class="empty">No skills yet. Add the ones you would be hired for.</p>
      ) : (
        <ul class="skills">
          {props.skills.map((skill) => (
            <li key={skill.name}>
              <span class="skill-name">{skill.name}</span>
              <select
                aria-label={`Level of ${skill.name}`}
                value={skill.level}
                onChange={(e) => props.onLevel(skill.name, (e.target as HTMLSelectElement).value as SkillLevel)}
              >
                {SKILL_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
              <button type="button" aria-label={`Remove ${skill.name}`} onClick={() => props.onRemove(skill.name)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
