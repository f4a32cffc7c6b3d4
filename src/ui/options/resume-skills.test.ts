import { describe, expect, it } from 'vitest';
import { skillsInResume } from './resume-skills';

const RESUME = `Priya Invented — Backend engineer at Example Widgets Ltd.
Built payment services in TypeScript and Golang on PostgreSQL; ran them on Kubernetes.
Moved the team from JavaScript to TypeScript. Wrote TypeScript tooling for PostgreSQL migrations.`;

describe('skillsInResume', () => {
  it.each<[string, string, string[], { offered: [string, number][]; held: string[] }]>([
    [
      'offers each skill once, by canonical name, most-mentioned first',
      RESUME,
      [],
      {
        offered: [
          ['TypeScript', 3],
          ['PostgreSQL', 2],
          ['Go', 1],
          ['Kubernetes', 1],
          ['JavaScript', 1],
        ],
        held: [],
      },
    ],
    [
      'leaves out skills the profile holds, whatever their case or alias',
      RESUME,
      ['typescript', 'Golang', 'Kubernetes'],
      { offered: [['PostgreSQL', 2], ['JavaScript', 1]], held: ['TypeScript', 'Go', 'Kubernetes'] },
    ],
    ['finds nothing in text that names no skill', 'I like long walks and tidy spreadsheets of bird sightings.', [], { offered: [], held: [] }],
    ['finds nothing in empty text', '', ['Go'], { offered: [], held: [] }],
  ])('%s', (_name, text, profile, expected) => {
    const found = skillsInResume(text, profile);
    expect(found.offered.map((s) => [s.name, s.mentions])).toEqual(expected.offered);
    expect(found.held.sort()).toEqual([...expected.held].sort());
  });
});
