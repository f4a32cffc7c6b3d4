import { describe, expect, it } from 'vitest';
import { descriptionSketch } from './description-sketch';
import { foldCompany, foldTitle, sameJobEvidence, type SameJobFacts } from './same-job';

const DESCRIPTION =
  'You will tend the widget foundry, keep its furnaces calibrated, review the casting logs every morning, mentor two apprentices, ' +
  'and write down what you learn so the next shift can read it. You bring five years of foundry work and a steady hand with molten brass.';
const OTHER_ROLE =
  'You will run the front desk of the widget shop, greet every customer by name, keep the ledger balanced at the end of each day, ' +
  'order fresh stock before the shelves run dry, and answer the telephone politely even when the bell rings at noon on a Sunday.';

function facts(overrides: Partial<SameJobFacts> & { text?: string } = {}): SameJobFacts {
  const { text = DESCRIPTION, ...rest } = overrides;
  return { title: 'Widget Founder', company: 'Zorbly Labs', location: 'Lisbon, Portugal', descriptionSketch: descriptionSketch([{ text }]), ...rest };
}

describe('sameJobEvidence', () => {
  it.each<[string, Partial<SameJobFacts> & { text?: string }]>([
    ['the very same posting', {}],
    ['a legal suffix and case', { company: 'ZORBLY LABS, Inc.' }],
    ['a short form and a place in the title', { title: 'Widget Founder (Remote, EU)' }],
    ['the place with its country left off', { location: 'Lisbon' }],
    ['no place on one site', { location: null }],
    ['reformatted description', { text: `## About the role\n\n- ${DESCRIPTION.replace(/, /g, '\n- ')}` }],
  ])('one job: %s', (_, change) => {
    const evidence = sameJobEvidence(facts(), facts(change));
    expect(evidence).not.toBeNull();
    expect(evidence!.description).toBeGreaterThanOrEqual(0.75);
  });

  it.each<[string, Partial<SameJobFacts> & { text?: string }]>([
    ['another company', { company: 'Quuxworks' }],
    ['no company', { company: null }],
    ['another city', { location: 'Porto, Portugal' }],
    ['another level, same text', { title: 'Senior Widget Founder' }],
    ['another role at the same company', { title: 'Widget Shop Clerk', text: OTHER_ROLE }],
    ['the same title with another description', { text: OTHER_ROLE }],
    ['a title sharing too little', { title: 'Founder of Everything Brass and Copper' }],
  ])('two jobs: %s', (_, change) => {
    expect(sameJobEvidence(facts(), facts(change))).toBeNull();
  });

  it('with a description too short to compare, only exactly the same title counts', () => {
    const short = facts({ descriptionSketch: '' });
    expect(sameJobEvidence(facts(), short)).toEqual({ description: null, title: 1 });
    expect(sameJobEvidence(facts({ title: 'Widget Founder II' }), short)).toBeNull();
    expect(sameJobEvidence(facts({ title: 'Lead Widget Founder, Brass' }), facts({ title: 'Lead Widget Founder', descriptionSketch: '' }))).toBeNull();
  });
});

describe('folding', () => {
  it.each([
    ['Red Canary, Inc.', 'redcanary'],
    ['RedCanary', 'redcanary'],
    ['Ördög GmbH', 'ordog'],
    ['The Zorbly Company', 'zorbly'],
  ])('company %s → %s', (name, folded) => expect(foldCompany(name)).toBe(folded));

  it.each([
    ['Sr. Backend Eng (m/w/d)', ['senior', 'backend', 'engineer']],
    ['Backend Engineer - Remote', ['backend', 'engineer']],
    ['C++ / C# Developer', ['c++', 'c#', 'developer']],
  ])('title %s', (title, folded) => expect(foldTitle(title)).toEqual(folded));
});
