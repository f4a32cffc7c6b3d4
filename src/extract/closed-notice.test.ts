import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../core';
import { closedNotice } from './closed-notice';
import { normalizeJob } from './normalize-job';

describe('closedNotice', () => {
  it.each([
    ['No longer accepting applications', 'No longer accepting applications'],
    ['Senior Widget Founder\nZorbly · Lisbon\nNo longer accepting applications\nAbout the job', 'No longer accepting applications'],
    ['Sorry! The job you are looking for is no longer open. Browse our other roles.', 'The job you are looking for is no longer open.'],
    ['This position has been filled.', 'This position has been filled.'],
    ['This job has expired', 'This job has expired'],
    ['Applications are now closed for this role.', 'Applications are now closed for this role.'],
    ['Diese Stelle ist leider nicht mehr verfügbar.', 'Diese Stelle ist leider nicht mehr verfügbar.'],
    ['Die Stelle ist bereits besetzt.', 'Die Stelle ist bereits besetzt.'],
    ['Cette offre n’est plus disponible.', "Cette offre n'est plus disponible."],
    ['Le poste a été pourvu.', 'Le poste a été pourvu.'],
    ['Esta oferta ya no está disponible.', 'Esta oferta ya no está disponible.'],
    ['La vacante ha sido cubierta.', 'La vacante ha sido cubierta.'],
  ])('%j says the posting is closed', (text, sentence) => {
    expect(closedNotice(text)).toBe(sentence);
  });

  it.each([
    'Our office is closed on Fridays.',
    'You will close deals with enterprise customers.',
    'We are no longer a startup: 300 people strong.',
    'The role is open to applicants anywhere in the EU.',
    'Apply before the position closes on 1 March.',
    'Experience with closed-loop control systems.',
  ])('%j does not', (text) => {
    expect(closedNotice(text)).toBeNull();
  });
});

describe('normalizeJob: postingClosed', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const raw = (overrides: Partial<RawPosting> = {}, closesAt: string | null = null): RawPosting => ({
    source: 'greenhouse',
    url: 'https://boards.greenhouse.io/zorbly/jobs/1',
    title: 'Widget Founder',
    company: 'Zorbly',
    location: null,
    sections: [{ heading: 'About', text: 'We build widget foundries.' }],
    hints: { closesAt },
    ...overrides,
  });

  it('is closed once a deadline the source states has passed, and open before it', () => {
    expect(normalizeJob(raw({}, '2026-05-31T23:00:00Z'), { now }).postingClosed).toEqual({ reason: 'Applications closed on 2026-05-31.' });
    expect(normalizeJob(raw({}, '2026-07-01T00:00:00Z'), { now }).postingClosed).toBeNull();
    expect(normalizeJob(raw({}, 'not a date'), { now }).postingClosed).toBeNull();
  });

  it('is closed by a notice at the top of the text, never by one far down', () => {
    const notice = raw({ sections: [{ heading: '', text: 'This job is no longer accepting applications.' }, { heading: 'About', text: 'We build widget foundries.' }] });
    expect(normalizeJob(notice, { now }).postingClosed).toEqual({ reason: 'This job is no longer accepting applications.' });
    const deep = raw({ sections: [{ heading: 'About', text: `${'We build widget foundries. '.repeat(80)}\nThis position has been filled.` }] });
    expect(normalizeJob(deep, { now }).postingClosed).toBeNull();
  });
});
