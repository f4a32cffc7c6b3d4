import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EmploymentType, JobSection, SectionKind } from '../core/job';
import { employmentOfText } from './employment';
import { mayState, mentionsIn } from './employment-keywords';

const TYPES: readonly EmploymentType[] = ['internship', 'contract', 'temporary', 'part-time', 'full-time'];

function statedTypes(text: string): EmploymentType[] {
  const { types } = mentionsIn(text);
  return TYPES.filter((type) => mayState(types, type));
}

describe('mentionsIn: the types a text may state', () => {
  it.each<[string, EmploymentType[]]>([
    ['This is a full-time position.', ['full-time']],
    ['Employment type: Permanent', ['full-time']],
    ['Our paid Internship program', ['internship']],
    ['We build internal tools for international teams', []],
    ['A temporary role', ['temporary']],
    ['Our template engine', []],
    ['Maternity leave cover for 9 months', ['temporary']],
    ['Generous parental leave', []],
    ['We sell B2B software', []],
    ['Contract type: B2B', ['contract']],
    ['Paid through a b2b agreement', ['contract']],
    ['Outside IR35', ['contract']],
    ['About 20 hours per week', ['part-time']],
    ['Hours of fun', []],
    ['Part time or full-time, as a freelancer', ['contract', 'part-time', 'full-time']],
  ])('%s → %j', (text, expected) => {
    expect(statedTypes(text)).toEqual(expected);
  });

  it('narrows the text to the part around the keywords', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40);
    const text = `${filler}This position will be a well-paid, renewable, long-running contract.${filler}`;
    const { window } = mentionsIn(text);
    expect(window).toContain('This position will be a well-paid, renewable, long-running contract.');
    expect(window.length).toBeLessThan(text.length);
  });

  it('has no window when no keyword is there', () => {
    expect(mentionsIn('We build tools.')).toEqual({ types: 0, window: '' });
  });
});

describe('employment type from long text', () => {
  const section = (kind: SectionKind, text: string): JobSection => ({ kind, heading: '', text });
  /** Text with no employment keyword in it, long enough to push a statement far from the window edges. */
  const filler = fc
    .array(fc.constantFrom('we ', 'build ', 'tools ', 'for ', 'teams', '. ', ', ', '\n', 'x'.repeat(40)), { maxLength: 200 })
    .map((parts) => parts.join(''));
  const statement = fc
    .array(
      fc.constantFrom(
        ...['This is a ', 'this role is ', 'looking for a ', 'Employment type: ', 'with a ', 'full-time', 'part-time', 'permanent, '],
        ...['contract', 'contractor', 'internship', 'temporary', ' role', ' position', ' employees', ' salary', ' staff', '6 month ', '20 hours per week', 'B2B', ': '],
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(''));

  it('reads the same statement wherever it stands in a long section', () => {
    fc.assert(
      fc.property(statement, filler, filler, (said, before, after) => {
        const alone = employmentOfText([section('about', said)]);
        expect(employmentOfText([section('about', `${before} ${said} ${after}`)])).toBe(alone);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a statement far into a section', `${'We build tools. '.repeat(100)}This is a contract role.`, 'contract'],
    ['a declaration whose keyword comes last', `${'a '.repeat(400)}This position will be a well-paid, renewable, long-running contract.`, 'contract'],
    ['"full-time" before "employees" is about other people, also at the end of a window', `${'a '.repeat(400)}We have 40 full-time employees`, null],
  ])('%s', (_, text, expected) => {
    expect(employmentOfText([section('about', text)])).toBe(expected);
  });
});
