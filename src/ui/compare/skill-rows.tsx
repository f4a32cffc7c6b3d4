import type { SkillLevel } from '../../core/profile';
import type { GroupMember, SkillMark, SkillMatrix, SkillMatrixGroupRow, SkillMatrixRow } from '../../compare/skill-matrix';

/** Whether the user has a skill, as the matrix colours it. */
export type HaveState = 'have' | 'learning' | 'missing';

export function haveState(level: SkillLevel | null): HaveState {
  if (level === null) return 'missing';
  return level === 'learning' ? 'learning' : 'have';
}

/** Colour is never the only sign: a symbol, and words for screen readers and on hover. */
export const HAVE_SYMBOL: Record<HaveState, string> = { have: '✓', learning: '½', missing: '✗' };
export const HAVE_WORDS: Record<HaveState, string> = {
  have: 'you have it',
  learning: 'you are learning it',
  missing: 'not in your profile',
};
export const MARK_SYMBOL: Record<SkillMark, string> = { required: '●', preferred: '○' };
export const MARK_WORDS: Record<SkillMark, string> = { required: 'Required', preferred: 'Nice to have' };

/** The skills × jobs part of the comparison table: single skills, then the "one of" groups. */
export function SkillRows({ matrix, columns }: { matrix: SkillMatrix; columns: number }) {
  if (matrix.rows.length === 0 && matrix.groupRows.length === 0) {
    return (
      <tbody class="jmc-skills">
        <SectionRow label="Skills" columns={columns} />
        <tr>
          <td class="jmc-empty" colSpan={columns + 1}>
            None of these postings names a skill Jobmark recognises.
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody class="jmc-skills">
      <SectionRow label="Skills" columns={columns} />
      {matrix.rows.map((row) => (
        <SkillRow key={row.key} row={row} />
      ))}
      {matrix.groupRows.length > 0 && <SectionRow label="Any one of" columns={columns} />}
      {matrix.groupRows.map((row) => (
        <GroupRow key={row.key} row={row} />
      ))}
    </tbody>
  );
}

function SectionRow({ label, columns }: { label: string; columns: number }) {
  return (
    <tr class="jmc-section">
      <th scope="colgroup" colSpan={columns + 1}>
        {label}
      </th>
    </tr>
  );
}

function SkillRow({ row }: { row: SkillMatrixRow }) {
  const state = haveState(row.have);
  const through = row.profileName && row.profileName.toLowerCase() !== row.skill.toLowerCase() ? ` as “${row.profileName}”` : '';
  const about = row.have ? `${HAVE_WORDS[state]}${through} (${row.have})` : HAVE_WORDS[state];
  return (
    <tr class={`jmc-skill jmc-${state}`}>
      <th scope="row" title={`${row.skill}: ${about}`}>
        <span class="jmc-symbol" aria-hidden="true">
          {HAVE_SYMBOL[state]}
        </span>
        <span class="jmc-skill-name">{row.skill}</span>
        <span class="jmc-sr"> — {about}</span>
        {row.have && (
          <span class="jmc-level" aria-hidden="true">
            {row.have}
          </span>
        )}
      </th>
      {row.cells.map((mark, i) => (
        <MarkCell key={i} mark={mark} />
      ))}
    </tr>
  );
}

function GroupRow({ row }: { row: SkillMatrixGroupRow }) {
  const state = haveState(row.have);
  const members = row.members.map((m) => m.skill).join(' / ');
  return (
    <tr class={`jmc-skill jmc-group jmc-${state}`}>
      <th scope="row" title={`Any one of ${members}`}>
        <span class="jmc-symbol" aria-hidden="true">
          {HAVE_SYMBOL[state]}
        </span>
        <span class="jmc-group-label">any of: </span>
        <span class="jmc-members">
          {row.members.map((member, i) => (
            <Member key={member.skill} member={member} last={i === row.members.length - 1} />
          ))}
        </span>
        <span class="jmc-group-met">{row.satisfiedBy ? `met by ${row.satisfiedBy}` : 'not met'}</span>
      </th>
      {row.cells.map((mark, i) => (
        <MarkCell key={i} mark={mark} />
      ))}
    </tr>
  );
}

function Member({ member, last }: { member: GroupMember; last: boolean }) {
  const state = haveState(member.have);
  return (
    <>
      <span class={`jmc-member jmc-${state}`} title={`${member.skill}: ${HAVE_WORDS[state]}`}>
        {member.skill}
        <span class="jmc-sr"> ({HAVE_WORDS[state]})</span>
      </span>
      {!last && <span aria-hidden="true"> / </span>}
    </>
  );
}

function MarkCell({ mark }: { mark: SkillMark | null }) {
  if (!mark) {
    return (
      <td class="jmc-mark jmc-none">
        <span class="jmc-sr">not asked</span>
      </td>
    );
  }
  return (
    <td class={`jmc-mark jmc-${mark}`}>
      <span class="jmc-symbol" aria-hidden="true">
        {MARK_SYMBOL[mark]}
      </span>{' '}
      {MARK_WORDS[mark]}
    </td>
  );
}
