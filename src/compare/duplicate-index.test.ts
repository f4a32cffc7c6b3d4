import { describe, expect, it } from 'vitest';
import type { JobSummary } from '../core/saved-job';
import { fakeJobSummary } from '../../test/support/job-fixtures';
import { descriptionSketch } from './description-sketch';
import { confirmSameJob, duplicateIndexer } from './duplicate-index';
import { sameJobEvidence } from './same-job';

const TEXT =
  'You will tend the widget foundry, keep its furnaces calibrated, review the casting logs every morning, mentor two apprentices, ' +
  'and write down what you learn so the next shift can read it.';
const OTHER =
  'You will run the front desk of the widget shop, greet every customer by name, keep the ledger balanced at the end of each day, ' +
  'and order fresh stock before the shelves run dry.';

function job(id: string, overrides: Partial<JobSummary> & { text?: string } = {}): JobSummary {
  const { text = TEXT, ...rest } = overrides;
  return fakeJobSummary({
    id,
    title: 'Widget Founder',
    company: 'Zorbly',
    location: 'Lisbon',
    descriptionSketch: descriptionSketch([{ text }]),
    savedAt: `2026-03-0${id.length % 9}T00:00:00.000Z`,
    ...rest,
  });
}

describe('duplicateIndexer', () => {
  it('suggests two postings of one job to each other, and nothing for a different one', () => {
    const linkedin = job('li', { source: 'linkedin' });
    const greenhouse = job('gh', { source: 'greenhouse' });
    const clerk = job('clerk', { title: 'Widget Shop Clerk', text: OTHER });
    const index = duplicateIndexer()([linkedin, greenhouse, clerk]);
    expect(index.suggestions.get('li')?.map((s) => s.other.id)).toEqual(['gh']);
    expect(index.suggestions.get('gh')?.map((s) => s.other.id)).toEqual(['li']);
    expect(index.suggestions.has('clerk')).toBe(false);
    expect(index.shownUnder.size).toBe(0);
  });

  it('never suggests a pair the user said are not the same job, whichever of the two holds the answer', () => {
    const a = job('a', { notSameAs: ['b'] });
    const b = job('b');
    expect(duplicateIndexer()([a, b]).suggestions.size).toBe(0);
    expect(duplicateIndexer()([job('a'), job('b', { notSameAs: ['a'] })]).suggestions.size).toBe(0);
  });

  it('shows a confirmed job under the one it is the same as, with its other sources saved first first', () => {
    const first = job('first', { savedAt: '2026-03-01T00:00:00.000Z' });
    const later = job('later', { sameAs: 'first', savedAt: '2026-03-05T00:00:00.000Z' });
    const earlier = job('earlier', { sameAs: 'later', savedAt: '2026-03-02T00:00:00.000Z' });
    const index = duplicateIndexer()([first, later, earlier]);
    expect(Object.fromEntries(index.shownUnder)).toEqual({ later: 'first', earlier: 'first' });
    expect(index.sources.get('first')?.map((j) => j.id)).toEqual(['earlier', 'later']);
    // Confirmed ones are no longer suggested.
    expect(index.suggestions.size).toBe(0);
  });

  it('shows a job on its own again when the job it was the same as is deleted, or the links go round in a circle', () => {
    expect(duplicateIndexer()([job('orphan', { sameAs: 'deleted' })]).shownUnder.size).toBe(0);
    const index = duplicateIndexer()([job('x', { sameAs: 'y' }), job('y', { sameAs: 'x' })]);
    expect(index.shownUnder.size).toBeLessThan(2);
  });

  it('compares again only the block whose jobs changed, and answers the same', () => {
    const index = duplicateIndexer();
    const jobs = [job('a'), job('b'), job('c', { company: 'Quuxworks' }), job('d', { company: 'Quuxworks' })];
    const first = index(jobs);
    const changed = [jobs[0]!, jobs[1]!, jobs[2]!, { ...jobs[3]!, location: 'Lisbon, Portugal' }];
    const second = index(changed);
    // The unchanged block's answer is the one found before; the changed block was compared again.
    expect(second.suggestions.get('a')![0]!.evidence).toBe(first.suggestions.get('a')![0]!.evidence);
    expect(second.suggestions.get('c')![0]!.evidence).not.toBe(first.suggestions.get('c')![0]!.evidence);
    expect(second.suggestions.get('c')![0]!.other).toBe(changed[3]);
    expect([...second.suggestions.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a block’s answer when only what it does not compare changed, naming the jobs as they are now', () => {
    const index = duplicateIndexer();
    const jobs = [job('c', { company: 'Quuxworks' }), job('d', { company: 'Quuxworks' })];
    const first = index(jobs);
    const applied = { ...jobs[1]!, status: 'applied' as const, note: 'Called on Monday' };
    const second = index([jobs[0]!, applied]);
    expect(second.suggestions.get('c')![0]!.evidence).toBe(first.suggestions.get('c')![0]!.evidence);
    expect(second.suggestions.get('c')![0]!.other).toBe(applied);
    expect(second.suggestions.get('d')![0]!.other).toBe(jobs[0]);
  });

  it('notices a change that ends a pair: a title no longer alike, a refusal, a job gone from the block', () => {
    const index = duplicateIndexer();
    const jobs = [job('c', { company: 'Quuxworks' }), job('d', { company: 'Quuxworks' })];
    expect(index(jobs).suggestions.size).toBe(2);
    expect(index([jobs[0]!, { ...jobs[1]!, title: 'Widget Shop Clerk' }]).suggestions.size).toBe(0);
    expect(index(jobs).suggestions.size).toBe(2);
    expect(index([jobs[0]!, { ...jobs[1]!, notSameAs: ['c'] }]).suggestions.size).toBe(0);
    expect(index(jobs).suggestions.size).toBe(2);
    expect(index([jobs[0]!, { ...jobs[1]!, id: 'e' }]).suggestions.get('c')![0]!.other.id).toBe('e');
    expect(index([jobs[0]!]).suggestions.size).toBe(0);
  });
});

describe('duplicateIndexer against comparing every pair', () => {
  it('suggests exactly the pairs sameJobEvidence accepts, over many titles, places and texts', () => {
    let state = 7;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 0x1_0000_0000);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const WORDS = ['Widget', 'Founder', 'Backend', 'Engineer', 'Platform', 'Data', 'Lead', 'Senior', 'Sprocket', 'Full Stack'];
    const jobs = Array.from({ length: 120 }, (_, i) =>
      job(`j${i}`, {
        title: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(WORDS)).join(' '),
        company: pick(['Zorbly', 'Zorbly Inc.', 'Quuxworks']),
        location: pick(['Lisbon', 'Lisbon, Portugal', 'Porto', null]),
        text: pick([TEXT, OTHER, `${TEXT} Apply soon.`]),
      }),
    );
    const expected = new Set<string>();
    for (let i = 0; i < jobs.length; i++) {
      for (let j = i + 1; j < jobs.length; j++) if (sameJobEvidence(jobs[i]!, jobs[j]!)) expected.add(`${jobs[i]!.id}|${jobs[j]!.id}`);
    }
    const order = new Map(jobs.map((each, i) => [each.id, i]));
    const found = new Set<string>();
    for (const [id, list] of duplicateIndexer()(jobs).suggestions) {
      for (const { other } of list) found.add([id, other.id].sort((a, b) => order.get(a)! - order.get(b)!).join('|'));
    }
    expect(expected.size).toBeGreaterThan(50);
    expect(found).toEqual(expected);
  });
});

describe('confirmSameJob', () => {
  it('keeps the row of the job further along, else of the one saved first', () => {
    const saved = job('saved', { savedAt: '2026-01-01T00:00:00.000Z' });
    const applied = job('applied', { status: 'applied', savedAt: '2026-02-01T00:00:00.000Z' });
    expect(confirmSameJob(saved, applied)).toEqual({ id: 'saved', sameAs: 'applied' });
    expect(confirmSameJob(applied, saved)).toEqual({ id: 'saved', sameAs: 'applied' });
    const later = job('later', { savedAt: '2026-03-01T00:00:00.000Z' });
    expect(confirmSameJob(later, saved)).toEqual({ id: 'later', sameAs: 'saved' });
  });

  it('answers each of a run of edited lists as a fresh comparison of that list does', () => {
    let state = 11;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 0x1_0000_0000);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const TITLES = ['Widget Founder', 'Widget Founder Apprentice', 'Senior Widget Founder', 'Widget Shop Clerk'];
    const COMPANIES = ['Zorbly', 'Quuxworks', null];
    let jobs = Array.from({ length: 40 }, (_, i) => job(`j${i}`, { title: pick(TITLES), company: pick(COMPANIES), location: pick(['Lisbon', 'Porto']) }));
    const edits: ((list: JobSummary[]) => JobSummary[])[] = [
      // What the user writes: the pairs stay.
      (list) => list.map((each, i) => (i === 3 ? { ...each, status: 'applied' as const } : each)),
      (list) => list.map((each, i) => (i % 7 === 0 ? { ...each, note: `note ${i}` } : each)),
      // What the comparison reads, in place: pairs come and go.
      (list) => list.map((each, i) => (i === 5 ? { ...each, title: pick(TITLES) } : each)),
      (list) => list.map((each, i) => (i === 8 ? { ...each, company: pick(COMPANIES) } : each)),
      (list) => list.map((each, i) => (i === 9 ? { ...each, location: pick(['Lisbon', 'Porto', null]) } : each)),
      (list) => list.map((each, i) => (i === 2 ? { ...each, notSameAs: [list[4]!.id] } : each)),
      (list) => list.map((each, i) => (i === 6 ? { ...each, sameAs: list[7]!.id } : each)),
      // The list itself: a job gone, one new, an order changed.
      (list) => list.filter((_, i) => i !== 1),
      (list) => [job(`n${list.length}`, { title: pick(TITLES), company: 'Zorbly' }), ...list],
      (list) => [...list.slice(10), ...list.slice(0, 10)],
    ];
    const answer = (index: ReturnType<typeof duplicateIndexer>, list: JobSummary[]) =>
      Object.fromEntries([...index(list).suggestions].map(([id, found]) => [id, found.map(({ other }) => `${other.id}:${other.status}:${other.note}`).sort()]));
    const running = duplicateIndexer();
    answer(running, jobs);
    for (let round = 0; round < 60; round++) {
      jobs = pick(edits)(jobs);
      expect(answer(running, jobs)).toEqual(answer(duplicateIndexer(), jobs));
    }
  });
});
