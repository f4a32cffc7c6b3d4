import { useState } from 'preact/hooks';
import type { ProfileSkill, SkillLevel } from '../../core/profile';
import { skillsInResume, type ResumeFindings } from './resume-skills';
import { SKILL_LEVELS } from './skill-levels';
import { SaveStatus, useSaveState } from './save-status';

export interface ResumeSectionProps {
  /** Names of the skills already in the profile: those are not offered again. */
  profileSkills: readonly string[];
  /** Adds the confirmed skills to the profile; rejects with a message when it cannot. */
  onAdd(skills: ProfileSkill[]): Promise<void>;
}

interface Choice {
  checked: boolean;
  level: SkillLevel;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Résumé → skills. The pasted text lives only in this component's state: it is never stored
 * or sent anywhere, and nothing reaches the profile until the user confirms the checklist.
 */
export function ResumeSection(props: ResumeSectionProps) {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<ResumeFindings | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [state, run] = useSaveState();
  const [notice, setNotice] = useState('');

  const find = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) {
      setFindings(null);
      setNotice('Paste the text of your résumé first.');
      return;
    }
    const found = skillsInResume(text, props.profileSkills);
    setFindings(found);
    // Every skill found is offered checked, at the level most people would claim.
    setChoices(Object.fromEntries(found.offered.map((s) => [s.name, { checked: true, level: 'working' as SkillLevel }])));
    setNotice(describeFindings(found));
  };

  const chosen = findings?.offered.filter((s) => choices[s.name]?.checked) ?? [];
  const choose = (name: string, change: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [name]: { ...all[name]!, ...change } }));
  const chooseAll = (checked: boolean) =>
    setChoices((all) => Object.fromEntries(Object.entries(all).map(([name, c]) => [name, { ...c, checked }])));

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (chosen.length === 0) return;
    const skills = chosen.map((s) => ({ name: s.name, level: choices[s.name]!.level }));
    setNotice('');
    if (await run(props.onAdd(skills), `Added ${plural(skills.length, 'skill', 'skills')} to your profile.`)) {
      setFindings(null);
    }
  };

  const cancel = () => {
    setFindings(null);
    setNotice('Nothing was added.');
  };

  return (
    <section aria-labelledby="resume-heading">
      <h2 id="resume-heading">Skills from your résumé</h2>
      <p class="hint">
        Jobmark reads the text with the same skill finder it uses on postings and lets you choose what to add. The
        text stays on this page: it is not saved.
      </p>
      <form onSubmit={find}>
        <label class="stacked">
          Paste your résumé (text)
          <textarea rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="submit">Find skills</button>
      </form>
      <p role="status" aria-live="polite" class="hint">
        {notice}
      </p>
      {findings && findings.offered.length > 0 && (
        <form class="resume-findings" onSubmit={confirm}>
          <fieldset>
            <legend>Skills found that are not in your profile yet</legend>
            <div class="row-actions">
              <button type="button" onClick={() => chooseAll(true)}>
                Select all
              </button>
              <button type="button" onClick={() => chooseAll(false)}>
                Select none
              </button>
            </div>
            <ul class="found-skills">
              {findings.offered.map((skill) => {
                const choice = choices[skill.name]!;
                return (
                  <li key={skill.name}>
                    <label class="found-skill">
                      <input
                        type="checkbox"
                        checked={choice.checked}
                        onChange={(e) => choose(skill.name, { checked: (e.target as HTMLInputElement).checked })}
                      />
                      <span class="found-skill-name">{skill.name}</span>
                    </label>
                    <span class="hint">mentioned {plural(skill.mentions, 'time', 'times')}</span>
                    <select
                      aria-label={`Level to add ${skill.name} at`}
                      value={choice.level}
                      disabled={!choice.checked}
                      onChange={(e) => choose(skill.name, { level: (e.target as HTMLSelectElement).value as SkillLevel })}
                    >
                      {SKILL_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <div class="row-actions">
            <button type="submit" disabled={chosen.length === 0}>
              Add {plural(chosen.length, 'skill', 'skills')}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <SaveStatus state={state} />
    </section>
  );
}

function describeFindings({ offered, held }: ResumeFindings): string {
  if (offered.length === 0 && held.length === 0) return 'No skills found in this text.';
  if (offered.length === 0) {
    return `No new skills: the ${plural(held.length, 'skill', 'skills')} it names ${held.length === 1 ? 'is' : 'are'} already in your profile.`;
  }
  const alsoHeld = held.length > 0 ? ` (and ${held.length} already in your profile)` : '';
  return `Found ${plural(offered.length, 'new skill', 'new skills')}${alsoHeld}. Choose the ones to add.`;
}
