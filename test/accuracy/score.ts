import { foldSkill, foldText, isNeutralSkill } from './fold';
import type { LabelSalary, PostingLabel, ScoredField } from './labels';

/** What the scorer reads of an extractor's answer: the Job fields LABELLING.md scores. */
export interface Answer {
  title: string;
  company: string | null;
  location: string | null;
  workplace: string | null;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  experience: { minYears: number } | null;
  skills: { required: readonly string[]; preferred: readonly string[] };
}

/** A file the extractor could not read at all: every scored field is wrong, every skill missed. */
export interface AnswerFailure {
  error: string;
}

export const SCORED_FIELDS: readonly ScoredField[] = ['title', 'company', 'location', 'remote', 'salary', 'years'];

export interface FieldMiss {
  file: string;
  field: ScoredField;
  expected: unknown;
  got: unknown;
}

export interface SkillMiss {
  file: string;
  field: 'skills-required' | 'skills-all';
  /** In the label, not in the answer. */
  missing: string[];
  /** In the answer, not in the label (neutral generic names left out). */
  extra: string[];
}

export interface SkillScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Micro-averaged: over the true/false positives and negatives of all postings together. */
  f1: number;
}

export interface AccuracyReport {
  postings: number;
  fields: Record<ScoredField, { right: number; scored: number }>;
  /** The share of right answers over every scored field, 0–1. */
  fieldsShare: number;
  skillsRequired: SkillScore;
  skillsAll: SkillScore;
  misses: (FieldMiss | SkillMiss)[];
}

/** Scores answers (by file) against the labels, by LABELLING.md's rules. */
export function scoreAnswers(
  labels: readonly PostingLabel[],
  answers: ReadonlyMap<string, Answer | AnswerFailure>,
  options: { sameSkill?: ReadonlyMap<string, string> } = {},
): AccuracyReport {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, scored: 0 }])) as AccuracyReport['fields'];
  const misses: AccuracyReport['misses'] = [];
  const required = new SkillTally(options.sameSkill);
  const all = new SkillTally(options.sameSkill);

  for (const label of labels) {
    const answer = answers.get(label.file) ?? { error: 'no answer for this file' };
    const unscored = new Set((label.unscored ?? []).map((f) => (f === 'yearsMin' ? 'years' : f)));
    for (const field of SCORED_FIELDS) {
      if (unscored.has(field)) continue;
      const verdict = scoreField(field, label, answer);
      if (verdict === 'unscored') continue;
      fields[field].scored++;
      if (verdict.right) fields[field].right++;
      else misses.push({ file: label.file, field, expected: verdict.expected, got: verdict.got });
    }

    const gotRequired = 'error' in answer ? [] : answer.skills.required;
    const gotAll = 'error' in answer ? [] : [...answer.skills.required, ...answer.skills.preferred];
    const requiredMiss = required.add(label.mustSkills, gotRequired);
    if (requiredMiss) misses.push({ file: label.file, field: 'skills-required', ...requiredMiss });
    const allMiss = all.add([...label.mustSkills, ...label.niceSkills], gotAll);
    if (allMiss) misses.push({ file: label.file, field: 'skills-all', ...allMiss });
  }

  const right = SCORED_FIELDS.reduce((sum, f) => sum + fields[f].right, 0);
  const scored = SCORED_FIELDS.reduce((sum, f) => sum + fields[f].scored, 0);
  return {
    postings: labels.length,
    fields,
    fieldsShare: scored === 0 ? 1 : right / scored,
    skillsRequired: required.score(),
    skillsAll: all.score(),
    misses,
  };
}

type Verdict = 'unscored' | { right: boolean; expected: unknown; got: unknown };

function scoreField(field: ScoredField, label: PostingLabel, answer: Answer | AnswerFailure): Verdict {
  const failed = 'error' in answer;
  switch (field) {
    case 'title': {
      const got = failed ? null : answer.title;
      return { right: got !== null && foldText(got) === foldText(label.title), expected: label.title, got };
    }
    case 'company': {
      if (label.company === null) return 'unscored';
      const got = failed ? null : answer.company;
      return { right: got !== null && foldText(got) === foldText(label.company), expected: label.company, got };
    }
    case 'location': {
      if (label.location === null) return 'unscored';
      const got = failed ? null : answer.location;
      return { right: got !== null && eitherContains(foldText(got), foldText(label.location)), expected: label.location, got };
    }
    case 'remote': {
      if (label.remote === null) return 'unscored';
      const got = failed ? null : answer.workplace;
      return { right: got !== null && (got === 'remote') === label.remote, expected: label.remote, got };
    }
    case 'salary': {
      const got = failed ? null : answer.salary && pick(answer.salary);
      return { right: !failed && sameSalary(label.salary, answer.salary), expected: label.salary, got };
    }
    case 'years': {
      const got = failed ? null : answer.experience?.minYears ?? null;
      return { right: !failed && got === label.yearsMin, expected: label.yearsMin, got };
    }
  }
}

function eitherContains(a: string, b: string): boolean {
  if (a === '' || b === '') return a === b;
  return a.includes(b) || b.includes(a);
}

function pick(salary: NonNullable<Answer['salary']>): LabelSalary {
  return { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period };
}

function sameSalary(expected: LabelSalary | null, got: Answer['salary']): boolean {
  if (expected === null || got === null) return expected === got;
  return (
    withinOnePercent(expected.min, got.min) &&
    withinOnePercent(expected.max, got.max) &&
    expected.currency === got.currency &&
    expected.period === got.period
  );
}

function withinOnePercent(expected: number | null, got: number | null): boolean {
  if (expected === null || got === null) return expected === got;
  return Math.abs(got - expected) <= Math.abs(expected) * 0.01;
}

/** True/false positives and negatives over folded skill names, summed over postings. */
class SkillTally {
  private tp = 0;
  private fp = 0;
  private fn = 0;

  constructor(private readonly sameSkill: ReadonlyMap<string, string> | undefined) {}

  /** Adds one posting; returns what it missed and added, or null when it is exact. */
  add(labelled: readonly string[], answered: readonly string[]): { missing: string[]; extra: string[] } | null {
    const expected = foldedSet(labelled, this.sameSkill);
    const got = foldedSet(answered, this.sameSkill);
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [folded, name] of expected) {
      if (got.has(folded)) this.tp++;
      else missing.push(name);
    }
    for (const [folded, name] of got) {
      if (!expected.has(folded) && !isNeutralSkill(folded)) extra.push(name);
    }
    this.fn += missing.length;
    this.fp += extra.length;
    return missing.length === 0 && extra.length === 0 ? null : { missing, extra };
  }

  score(): SkillScore {
    const precision = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
    const recall = this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { truePositives: this.tp, falsePositives: this.fp, falseNegatives: this.fn, precision, recall, f1 };
  }
}

/** Folded name → the first spelling that gave it, so misses are shown as written. */
function foldedSet(names: readonly string[], sameSkill: ReadonlyMap<string, string> | undefined): Map<string, string> {
  const set = new Map<string, string>();
  for (const name of names) {
    const folded = foldSkill(name, sameSkill);
    if (folded !== '' && !set.has(folded)) set.set(folded, name);
  }
  return set;
}
