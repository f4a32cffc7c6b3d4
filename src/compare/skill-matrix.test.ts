import { describe, expect, it } from 'vitest';
import { jobWithSkills, profileWithSkills as profile } from '../../test/fixtures/synthetic-job';
import type { Job, SkillGroup } from '../core/job';
import type { Profile } from '../core/profile';
import { matchJob } from './match';
import { buildSkillMatrix, type MatrixJob, type SkillMark } from './skill-matrix';

const W = 'working' as const;
const L = 'learning' as const;
const E = 'expert' as const;

function job(id: string, required: string[], preferred: string[] = [], groups: SkillGroup[] = []): Job {
  return { ...jobWithSkills(required, preferred, groups), id };
}

/** The matrix as `skill: cells` lines, easy to read in a failing test. */
function table(jobs: MatrixJob[], p: Profile = profile()): string[] {
  const short: Record<string, string> = { required: 'R', preferred: 'P' };
  return buildSkillMatrix(jobs, p).rows.map(
    (row) => `${row.skill}: ${row.cells.map((c: SkillMark | null) => (c ? short[c] : '-')).join(' ')}`,
  );
}

describe('buildSkillMatrix: rows and cells', () => {
  it.each<[string, MatrixJob[], string[]]>([
    [
      'one row per skill, a cell per job',
      [job('a', ['TypeScript', 'React']), job('b', ['TypeScript'], ['React'])],
      ['TypeScript: R R', 'React: R P'],
    ],
    [
      'required by most jobs first, then preferred by most, then by name',
      [job('a', ['Kafka', 'Go'], ['Docker']), job('b', ['Go'], ['Terraform', 'Docker']), job('c', ['Go', 'Rust'], [])],
      ['Go: R R R', 'Kafka: R - -', 'Rust: - - R', 'Docker: P P -', 'Terraform: - P -'],
    ],
    ['an alias and its canonical name are one row', [job('a', ['Golang']), job('b', ['Go'])], ['Go: R R']],
    ['unknown names merge without letter case', [job('a', ['Frobnicator 3']), job('b', ['frobnicator 3'])], ['Frobnicator 3: R R']],
    ['a skill both required and preferred is required', [job('a', ['Go'], ['Go', 'Rust'])], ['Go: R', 'Rust: P']],
    ['a job naming no skills has empty cells', [job('a', ['Go']), job('b', [])], ['Go: R -']],
    ['no jobs, no rows', [], []],
  ])('%s', (_name, jobs, expected) => {
    expect(table(jobs)).toEqual(expected);
  });

  it('orders names by letter, ignoring case and reading numbers as numbers', () => {
    expect(table([job('a', ['zeta 10', 'Alpha', 'zeta 9', 'beta'])])).toEqual([
      'Alpha: R',
      'beta: R',
      'zeta 9: R',
      'zeta 10: R',
    ]);
  });

  it.each<[string, Profile, ReturnType<typeof buildSkillMatrix>['rows'][number]['have'], string | null]>([
    ['missing', profile(['Rust', W]), null, null],
    ['learning', profile(['Go', L]), 'learning', 'Go'],
    ['through the alias the user typed', profile(['golang', E]), 'expert', 'golang'],
    ['the higher of two entries', profile(['Go', L], ['Golang', W]), 'working', 'Golang'],
  ])('says whether the user has the skill: %s', (_name, p, have, profileName) => {
    const [row] = buildSkillMatrix([job('a', ['Go'])], p).rows;
    expect(row).toMatchObject({ skill: 'Go', have, profileName });
  });

  it('counts how many jobs require and prefer each skill', () => {
    const matrix = buildSkillMatrix([job('a', ['Go']), job('b', [], ['Go']), job('c', ['Go'])], profile());
    expect(matrix.rows[0]).toMatchObject({ requiredBy: 2, preferredBy: 1 });
    expect(matrix.jobIds).toEqual(['a', 'b', 'c']);
  });
});

describe('buildSkillMatrix: any-of groups', () => {
  const languages: SkillGroup = { anyOf: ['Ruby', 'Go', 'Java'], required: true };

  it('shows group members in their group, not as required rows', () => {
    // The extractor lists group members among the required skills too.
    const jobs = [job('a', ['Ruby', 'Go', 'Java', 'SQL'], [], [languages])];
    expect(table(jobs)).toEqual(['SQL: R']);
    const matrix = buildSkillMatrix(jobs, profile(['Go', W]));
    expect(matrix.groups).toEqual([{ jobId: 'a', anyOf: ['Ruby', 'Go', 'Java'], required: true, satisfiedBy: 'Go' }]);
    expect(matrix.groupRows).toHaveLength(1);
    expect(matrix.groupRows[0]).toMatchObject({
      members: [
        { skill: 'Ruby', have: null, profileName: null },
        { skill: 'Go', have: 'working', profileName: 'Go' },
        { skill: 'Java', have: null, profileName: null },
      ],
      cells: ['required'],
      satisfiedBy: 'Go',
      have: 'working',
    });
  });

  it('keeps a skill as a row for the job that requires it alone', () => {
    const jobs = [job('a', ['Ruby', 'Go', 'Java'], [], [languages]), job('b', ['Go'])];
    expect(table(jobs)).toEqual(['Go: - R']);
    expect(buildSkillMatrix(jobs, profile()).groupRows[0]?.cells).toEqual(['required', null]);
  });

  it('merges the same group across jobs, whatever the order or spelling of its members', () => {
    const jobs = [
      job('a', [], [], [languages]),
      job('b', [], [], [{ anyOf: ['Java', 'Golang', 'Ruby'], required: false }]),
      job('c', [], [], [{ anyOf: ['Ruby', 'Go'], required: true }]),
    ];
    const { groupRows, groups } = buildSkillMatrix(jobs, profile());
    expect(groupRows.map((g) => [g.members.map((m) => m.skill).join(' / '), g.cells])).toEqual([
      ['Ruby / Go / Java', ['required', 'preferred', null]],
      ['Ruby / Go', [null, null, 'required']],
    ]);
    expect(groups.map((g) => g.jobId)).toEqual(['a', 'b', 'c']);
  });

  it('drops a preferred group member from the preferred rows', () => {
    const jobs = [job('a', ['SQL'], ['Docker', 'Podman', 'Nix'], [{ anyOf: ['Docker', 'Podman'], required: false }])];
    expect(table(jobs)).toEqual(['SQL: R', 'Nix: P']);
  });

  it.each<[string, Profile, string | null]>([
    ['unmet', profile(['Python', W]), null],
    ['met by the best-levelled member', profile(['Ruby', L], ['Java', E]), 'Java'],
    ['met by the first of equals', profile(['Java', W], ['Ruby', W]), 'Ruby'],
    ['met through an alias', profile(['golang', W]), 'Go'],
  ])('a group is %s, as the score counts it', (_name, p, satisfiedBy) => {
    const j = job('a', ['Ruby', 'Go', 'Java'], [], [languages]);
    const matrix = buildSkillMatrix([j], p);
    expect(matrix.groupRows[0]?.satisfiedBy).toBe(satisfiedBy);
    expect(matchJob(j, p).required.groups[0]?.satisfiedBy?.skill ?? null).toBe(matrix.groups[0]?.satisfiedBy);
  });
});

describe('buildSkillMatrix agrees with matchJob', () => {
  // The table and the score must tell one story: what the matrix marks required and held is
  // what the score counts as a matched requirement, and so on.
  const cases: [string, Job, Profile][] = [
    ['plain lists', job('a', ['Go', 'Kafka'], ['Docker', 'Nix']), profile(['Go', W], ['Nix', L])],
    ['aliases', job('a', ['Golang', 'Postgres'], ['K8s']), profile(['Go', E], ['PostgreSQL', W], ['Kubernetes', W])],
    ['overlap', job('a', ['Go', 'Rust'], ['Go', 'Rust', 'Zig']), profile(['Rust', W])],
    [
      'groups',
      job('a', ['Ruby', 'Go', 'Java', 'SQL'], ['Docker', 'Podman', 'Go'], [
        { anyOf: ['Ruby', 'Go', 'Java'], required: true },
        { anyOf: ['Docker', 'Podman'], required: false },
      ]),
      profile(['Podman', W], ['SQL', L]),
    ],
  ];

  it.each(cases)('%s', (_name, j, p) => {
    const { rows } = buildSkillMatrix([j], p);
    const result = matchJob(j, p);
    const names = (mark: SkillMark, held: boolean) =>
      rows.filter((r) => r.cells[0] === mark && (r.have !== null) === held).map((r) => r.key).sort();
    const keys = (list: string[]) => list.map((s) => buildSkillMatrix([job('k', [s])], p).rows[0]!.key).sort();
    expect(names('required', true)).toEqual(keys(result.required.matched.map((m) => m.skill)));
    expect(names('required', false)).toEqual(keys(result.required.missing));
    expect(names('preferred', true)).toEqual(keys(result.preferred.matched.map((m) => m.skill)));
    expect(names('preferred', false)).toEqual(keys(result.preferred.missing));
  });
});
