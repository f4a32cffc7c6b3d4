import { NO_DEAL_BREAKERS, type Salary, type Workplace } from '../../src/core/job';
import type { JobStatus, JobSummary } from '../../src/core/saved-job';
import { SKILL_DICTIONARY } from '../../src/extract/skills/dictionary';

/**
 * Invented saved jobs in bulk, for the list and comparison tests and the benchmarks
 * (test/bench/popup.ts). Nothing in the extension imports it. Deterministic: the same `count` and `seed` give the same jobs.
 *
 * Shaped like typical postings: 8 required and 4 preferred skills (dictionary names, now
 * and then an alias or a name the dictionary lacks), an any-of group in one job of four,
 * salaries in a few currencies and periods (one job in five states none).
 */
export function syntheticJobSummaries(count: number, seed = 1): JobSummary[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const names = SKILL_DICTIONARY.slice(0, 400).map((entry) => entry.name);
  const aliases = SKILL_DICTIONARY.flatMap((entry) => entry.aliases ?? []).slice(0, 100);
  const skill = (): string => {
    const roll = random();
    if (roll < 0.05) return pick(aliases);
    if (roll < 0.08) return `Inhouse Tool ${Math.floor(random() * 50)}`;
    return pick(names);
  };
  const skills = (n: number): string[] => [...new Set(Array.from({ length: n }, skill))];
  const start = Date.parse('2026-01-01T00:00:00.000Z');

  return Array.from({ length: count }, (_, i): JobSummary => {
    const savedAt = new Date(start + Math.floor(random() * 300 * 86_400_000)).toISOString();
    const required = skills(8);
    return {
      id: `https://jobs.example.test/${seed}/${i}`,
      url: `https://jobs.example.test/${seed}/${i}?ref=list`,
      source: pick(['greenhouse', 'lever', 'ashby', 'jsonld'] as const),
      title: `${pick(LEVELS)} ${pick(ROLES)}`,
      company: `${pick(COMPANY_WORDS)} ${pick(COMPANY_ENDS)}`,
      location: pick(PLACES),
      workplace: pick<Workplace | null>(['remote', 'hybrid', 'onsite', null]),
      employmentType: pick(['full-time', 'contract', null] as const),
      seniority: pick(['junior', 'mid', 'senior', 'staff', null] as const),
      salary: random() < 0.2 ? null : salary(random, pick),
      experience: random() < 0.3 ? null : { minYears: 2 + Math.floor(random() * 6), maxYears: null, text: 'some years' },
      skills: { required, preferred: skills(4), unrecognised: required.filter((n) => n.startsWith('Inhouse')), topics: [] },
      dealBreakers: NO_DEAL_BREAKERS,
      skillGroups: random() < 0.25 ? [{ anyOf: skills(3).concat('Zig').slice(0, 3), required: random() < 0.7 }] : [],
      postedAt: null,
      postingClosed: null,
      extractorVersion: 1,
      savedAt,
      updatedAt: savedAt,
      status: pick<JobStatus>(['saved', 'saved', 'saved', 'applied', 'interviewing', 'offer', 'rejected']),
      note: random() < 0.1 ? 'Call back after the holidays' : '',
      sameAs: null,
      notSameAs: [],
      // Every description different, as real ones are: a sketch of random hashes.
      descriptionSketch: randomSketch(random),
      history: [],
      closed: null,
    };
  });
}

function randomSketch(random: () => number): string {
  const hashes = Array.from({ length: 64 }, () => Math.floor(random() * 0x1_0000_0000)).sort((a, b) => a - b);
  return hashes.map((hash) => hash.toString(16).padStart(8, '0')).join('');
}

const LEVELS = ['Junior', 'Senior', 'Staff', 'Principal', 'Lead'];
const ROLES = ['Widget Engineer', 'Platform Engineer', 'Data Wrangler', 'Frontend Developer', 'Site Reliability Engineer', 'Gadget Designer'];
const COMPANY_WORDS = ['Zorbly', 'Quuxworks', 'Blimpco', 'Fernwood', 'Tessellate', 'Nimbic', 'Ördög'];
const COMPANY_ENDS = ['Labs', 'GmbH', 'Inc.', 'Cooperative', 'Studio'];
const PLACES = ['Remote', 'Lisbon', 'Zürich', 'Kraków', 'Austin, TX', 'Remote (EU)', 'Malmö', null];

function salary(random: () => number, pick: <T>(items: readonly T[]) => T): Salary {
  const [currency, period, base] = pick([
    ['USD', 'year', 120_000],
    ['USD', 'hour', 60],
    ['EUR', 'year', 70_000],
    ['EUR', 'month', 5_500],
    ['GBP', 'year', 65_000],
    ['PLN', 'month', 20_000],
    ['XAF', 'month', 900_000],
  ] as const);
  const min = Math.round(base * (0.7 + random() * 0.6));
  const open = random();
  return {
    min: open < 0.1 ? null : min,
    max: open > 0.9 ? null : Math.round(min * 1.25),
    currency,
    period,
    kind: random() < 0.1 ? 'ote' : 'base',
    origin: random() < 0.15 ? 'estimate' : 'employer',
    text: `synthetic pay ${min} ${currency} per ${period}`,
    alternatives: [],
  };
}

/** A small fast seeded generator (public domain), so runs are repeatable. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
