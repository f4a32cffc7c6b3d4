import { describe, expect, it } from 'vitest';
import { type Job, NO_ELIGIBILITY, type Profile, type ProfileSkill } from '../core';
import { normalizeJob } from '../extract/normalize-job';
import { findSkillMentions } from '../extract/skills';
import { PostingReadError, readPostingFile } from '../sources';
import { compileTerms } from '../content/term-scan';
import { highlightTerms } from '../background/highlight-terms';
import { corpusFiles, hasCorpus, SKIP_REASON } from '../../test/support/shared-data';
import { matchJob } from './match';
import { MatchResult } from './match-result';
import { annualize } from './salary-scale';

if (!hasCorpus) console.warn(SKIP_REASON);

function profile(...skills: [string, ProfileSkill['level']][]): Profile {
  return { skills: skills.map(([name, level]) => ({ name, level })), targetSalary: null, workplaces: [], locations: [], eligibility: NO_ELIGIBILITY };
}

/** Typed the way people type them: aliases and lower case included. */
const PROFILES: Record<string, Profile> = {
  backend: profile(['Golang', 'expert'], ['postgres', 'working'], ['Docker', 'working'], ['k8s', 'learning'], ['AWS', 'working'], ['Python', 'working'], ['Git', 'expert']),
  frontend: profile(['JavaScript', 'expert'], ['TypeScript', 'expert'], ['ReactJS', 'expert'], ['CSS', 'working'], ['Vue', 'learning']),
  empty: profile(),
};

function corpusJobs(): Job[] {
  const jobs: Job[] = [];
  for (const { name, text } of corpusFiles()) {
    try {
      for (const raw of readPostingFile({ text, fileName: name })) jobs.push(normalizeJob(raw, { now: new Date('2026-01-01T00:00:00Z') }));
    } catch (error) {
      if (!(error instanceof PostingReadError)) throw error;
    }
  }
  return jobs;
}

describe.skipIf(!hasCorpus)('match, salary scale and highlight terms over the real-posting corpus', () => {
  const jobs = hasCorpus ? corpusJobs() : [];

  it.each(Object.keys(PROFILES))('every match with the %s profile is well-formed and explains its score', (name) => {
    const scores: number[] = [];
    for (const job of jobs) {
      const result = matchJob(job, PROFILES[name]!);
      expect(MatchResult.safeParse(result).success).toBe(true);
      const { counts, required, preferred } = result;
      expect(counts.requiredTotal).toBe(required.matched.length + required.missing.length + required.groups.length);
      expect(counts.preferredTotal).toBe(preferred.matched.length + preferred.missing.length + preferred.groups.length);
      expect(result.score === null).toBe(result.noScoreReason !== null);
      if (name === 'empty') expect(result.noScoreReason).toBe('empty-profile');
      if (result.score !== null) scores.push(result.score);
    }
    scores.sort((a, b) => a - b);
    const at = (q: number) => scores[Math.floor(q * (scores.length - 1))];
    if (scores.length > 0) console.log(`${name}: ${scores.length}/${jobs.length} scored; p10 ${at(0.1)}, median ${at(0.5)}, p90 ${at(0.9)}`);
  });

  it('a yearly amount is never below the posting’s own figure', () => {
    for (const { salary } of jobs) {
      if (!salary) continue;
      const perYear = annualize(salary);
      if (salary.min !== null) expect(perYear.min).toBeGreaterThanOrEqual(salary.min);
      if (salary.max !== null) expect(perYear.max).toBeGreaterThanOrEqual(salary.max);
    }
  });

  it('the page scanner finds every skill mention the matcher found, and little else', () => {
    let mentions = 0;
    let found = 0;
    let extra = 0;
    for (const job of jobs) {
      const text = job.sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
      const skillMentions = findSkillMentions(text);
      const terms = highlightTerms(job, PROFILES.backend!, skillMentions);
      const hits = compileTerms(terms.map((t) => ({ text: t.text, tag: t.kind })))(text, Infinity);
      const hitAt = new Set(hits.map((h) => `${h.start}:${h.end}`));
      const mentionAt = new Set(skillMentions.map((m) => `${m.start}:${m.end}`));
      mentions += skillMentions.length;
      found += skillMentions.filter((m) => hitAt.has(`${m.start}:${m.end}`)).length;
      extra += hits.filter((h) => !mentionAt.has(`${h.start}:${h.end}`)).length;
    }
    console.log(`scanner: ${found}/${mentions} mentions found at the same offsets; ${extra} extra hits`);
    expect(found / mentions).toBeGreaterThanOrEqual(0.99);
    // Extra hits are ordinary-word skills out of a technical context ("Express", "Spark").
    expect(extra / mentions).toBeLessThan(0.02);
  });
});
