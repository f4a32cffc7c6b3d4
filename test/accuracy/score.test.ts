import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, SKIP_REASON } from '../support/shared-data';
import { dictionarySpellings } from './dictionary-spellings';
import { foldSkill, foldText } from './fold';
import { LabelFileError, parseLabelFile, type PostingLabel } from './labels';
import { scoreAnswers, type Answer } from './score';

const LABELS_PATH = path.join(SHARED_DIR, 'accuracy/labels.json');
let sharedLabels: PostingLabel[] | null = null;
try {
  sharedLabels = parseLabelFile(readFileSync(LABELS_PATH, 'utf8'));
} catch {
  sharedLabels = null;
}

/** The label itself written as an extractor's answer: what a perfect extractor would say. */
function labelAsAnswer(label: PostingLabel): Answer {
  return {
    title: label.title,
    company: label.company,
    location: label.location,
    workplace: label.remote === null ? null : label.remote ? 'remote' : 'onsite',
    salary: label.salary,
    experience: label.yearsMin === null ? null : { minYears: label.yearsMin },
    skills: { required: label.mustSkills, preferred: label.niceSkills },
  };
}

const synthetic: PostingLabel = {
  file: 'synthetic.md',
  title: 'Senior Backend Engineer',
  company: 'Acme Robotics',
  location: 'Berlin, Germany',
  remote: false,
  salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
  yearsMin: 5,
  mustSkills: ['Go', 'PostgreSQL', 'Kubernetes', 'AWS EKS'],
  niceSkills: ['Terraform'],
};

describe('accuracy scorer', () => {
  it.skipIf(!sharedLabels)('scores the shared labels fed back as answers at 100 % and 1.00', () => {
    const labels = sharedLabels!;
    const report = scoreAnswers(labels, new Map(labels.map((l) => [l.file, labelAsAnswer(l)])));
    expect(report.fieldsShare).toBe(1);
    expect(report.skillsRequired.f1).toBe(1);
    expect(report.skillsAll.f1).toBe(1);
    expect(report.misses).toEqual([]);
  });
  if (!sharedLabels) it.skip(SKIP_REASON, () => {});

  it('scores a perfect synthetic answer at 100 %, and aliases, case and spacing as the same', () => {
    const answer: Answer = {
      ...labelAsAnswer(synthetic),
      title: 'senior backend-engineer',
      location: 'Berlin',
      skills: { required: ['Golang', 'postgres', 'k8s', 'Amazon EKS'], preferred: ['Terraform', 'Testing'] },
    };
    const report = scoreAnswers([synthetic], new Map([[synthetic.file, answer]]));
    expect(report.fieldsShare).toBe(1);
    expect(report.skillsRequired.f1).toBe(1);
    // "Testing" is one of the neutral generic names: neither rewarded nor punished.
    expect(report.skillsAll.f1).toBe(1);
  });

  it('scores known wrong answers lower, and says what was missed', () => {
    const answer: Answer = {
      ...labelAsAnswer(synthetic),
      company: 'Acme',
      workplace: null,
      salary: { min: 70000, max: 95000, currency: 'EUR', period: 'year' },
      experience: { minYears: 3 },
      skills: { required: ['Go', 'Scale AI'], preferred: ['Terraform'] },
    };
    const report = scoreAnswers([synthetic], new Map([[synthetic.file, answer]]));
    expect(report.fields.title.right).toBe(1);
    expect(report.fields.company.right).toBe(0);
    expect(report.fields.remote.right).toBe(0); // a null workplace is wrong
    expect(report.fields.salary.right).toBe(0); // max off by more than 1 %
    expect(report.fields.years.right).toBe(0);
    expect(report.fieldsShare).toBeCloseTo(2 / 6);
    // required: 1 right, 1 extra, 3 missed → P 0.5, R 0.25
    expect(report.skillsRequired.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
    expect(report.misses).toContainEqual({
      file: 'synthetic.md',
      field: 'skills-required',
      missing: ['PostgreSQL', 'Kubernetes', 'AWS EKS'],
      extra: ['Scale AI'],
    });
  });

  it('leaves null labels and unscored fields out, and counts a file that failed as all wrong', () => {
    const open: PostingLabel = { ...synthetic, company: null, location: null, remote: null, unscored: ['salary'] };
    const fine = scoreAnswers([open], new Map([[open.file, { ...labelAsAnswer(synthetic), salary: null }]]));
    expect(fine.fields.company.scored + fine.fields.location.scored + fine.fields.remote.scored).toBe(0);
    expect(fine.fields.salary.scored).toBe(0);
    const failed = scoreAnswers([open], new Map([[open.file, { error: 'unreadable' }]]));
    expect(failed.fieldsShare).toBe(0);
    expect(failed.skillsAll.f1).toBe(0);
  });

  it('keeps a salary within 1 % and a null bound null', () => {
    const near = { min: 70500, max: 90000, currency: 'EUR', period: 'year' };
    const open = { min: null, max: 90000, currency: 'EUR', period: 'year' };
    const score = (salary: Answer['salary']) =>
      scoreAnswers([synthetic], new Map([[synthetic.file, { ...labelAsAnswer(synthetic), salary }]])).fields.salary.right;
    expect(score(near)).toBe(1);
    expect(score(open)).toBe(0);
    expect(score({ ...near, currency: 'USD' })).toBe(0);
  });
});

describe('folding', () => {
  it('folds titles and skills as LABELLING.md says', () => {
    expect(foldText('  Sr. Engineer – Back-End (m/w/d) ')).toBe('sr engineer back end m w d');
    expect(foldText('C# / C++ Developer')).toBe('c# c++ developer');
    expect(foldSkill('Node.js')).toBe(foldSkill('NodeJS'));
    expect(foldSkill('Google Cloud Platform')).toBe(foldSkill('GCP'));
    expect(foldSkill('Microsoft SQL Server')).toBe(foldSkill('SQL Server'));
    expect(foldSkill('Ruby on Rails')).toBe(foldSkill('Rails'));
    expect(foldSkill('Unix')).not.toBe(foldSkill('Linux'));
    expect(foldSkill('Java')).not.toBe(foldSkill('JavaScript'));
    expect(foldSkill('Google Cloud')).toBe(foldSkill('GCP'));
    expect(foldSkill('Google Cloud Functions')).toBe(foldSkill('Cloud Functions'));
  });

  it('joins the spellings the dictionary names as one skill, and only those', () => {
    const sameSkill = dictionarySpellings([
      { name: 'Windows Subsystem for Linux', aliases: ['WSL'], category: 'platform' },
      { name: 'Linux', category: 'platform' },
    ]);
    expect(foldSkill('WSL', sameSkill)).toBe(foldSkill('Windows Subsystem for Linux', sameSkill));
    expect(foldSkill('WSL', sameSkill)).not.toBe(foldSkill('Linux', sameSkill));
  });
});

describe('label file', () => {
  it('rejects a malformed file with a message naming the place', () => {
    expect(() => parseLabelFile('{')).toThrow(LabelFileError);
    expect(() => parseLabelFile('[{"file":"a.md","title":3}]')).toThrow(/0\.title/);
    expect(() => parseLabelFile('[]')).toThrow(LabelFileError);
  });
});
