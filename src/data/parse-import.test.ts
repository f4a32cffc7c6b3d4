import { describe, expect, it } from 'vitest';
import { SHIPPED_CURRENCY_RATES } from '../compare/currency-rates';
import { EMPTY_PROFILE } from '../core';
import { fakeSavedJob } from '../../test/support/job-fixtures';
import { ImportError } from './import-error';
import type { JobmarkExport } from './jobmark-export';
import { describeSyntaxError, parseImport } from './parse-import';

const VALID: JobmarkExport = {
  format: 'jobmark-export',
  version: 1,
  exportedAt: '2026-11-22T10:00:00.000Z',
  profile: { ...EMPTY_PROFILE, skills: [{ name: 'Go', level: 'expert' }] },
  settings: { disabledSites: ['lever'], highlightsEnabled: true, badgeCollapsed: false, badgeCorner: 'top-left', currencyRates: SHIPPED_CURRENCY_RATES },
  jobs: [fakeSavedJob({ id: 'hash:1' }), fakeSavedJob({ id: 'hash:2' }), fakeSavedJob({ id: 'hash:3' }), fakeSavedJob({ id: 'hash:4' })],
};

/** The valid export with one change made through `edit` (on a deep copy). */
function edited(edit: (file: Record<string, any>) => void): string {
  const file = structuredClone(VALID) as Record<string, any>;
  edit(file);
  return JSON.stringify(file);
}

function importError(text: string, maxChars?: number): ImportError {
  try {
    parseImport(text, { maxChars });
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('parseImport accepted the file');
}

describe('parseImport accepts', () => {
  it('an export as Jobmark writes it', () => {
    expect(parseImport(JSON.stringify(VALID, null, 2))).toEqual(VALID);
  });

  it('drops keys it does not know, at every level', () => {
    const parsed = parseImport(
      edited((f) => {
        f.comment = 'made by hand';
        f.jobs[0].extra = { nested: true };
        f.jobs[0].raw.hints.futureHint = 1;
        f.profile.skills[0].years = 9;
        f.settings.theme = 'dark';
      }),
    );
    expect(parsed).toEqual(VALID);
  });
});

describe('parseImport refuses, naming what is wrong', () => {
  it.each([
    ['an empty file', '  \n', /^This file is empty/],
    ['text that is not JSON', 'Dear hiring manager,', /^This file is not JSON/],
    ['JSON with a syntax error', '{\n  "format": "jobmark-export",\n  "version": 1,,\n}', /^This file is not JSON \(line 3, column 16\): expected double-quoted property name\./],
    ['a JSON list', '[1, 2]', /not a Jobmark export/],
    ['JSON of another program', '{"format": "tabby-backup", "version": 1}', /not a Jobmark export \(it lacks "format": "jobmark-export"\)/],
    ['a file made by a newer Jobmark', edited((f) => (f.version = 3)), /made by a newer Jobmark \(version 3\); update Jobmark to import it/],
    ['an unknown version', edited((f) => (f.version = 'one')), /export version Jobmark does not know \("one"\)/],
    ['no version', edited((f) => delete f.version), /export version Jobmark does not know \(none\)/],
    ['a lower-case currency', edited((f) => (f.jobs[3].salary = { min: 1, max: 2, currency: 'usd', period: 'year', kind: 'base', origin: 'employer', text: '' })),
      /jobs\[3\]\.salary\.currency: expected a 3-letter currency code such as EUR, found the text "usd"/],
    ['an unknown status', edited((f) => (f.jobs[1].status = 'ghosted')), /jobs\[1\]\.status: expected one of "saved", "applied", "interviewing", "offer", "rejected", found the text "ghosted"/],
    ['a missing title', edited((f) => delete f.jobs[0].title), /jobs\[0\]\.title: is missing \(expected text\)/],
    ['a title that is a number', edited((f) => (f.jobs[0].title = 42)), /jobs\[0\]\.title: expected text, found the number 42/],
    ['a note that is too long', edited((f) => (f.jobs[2].note = 'x'.repeat(10_001))), /jobs\[2\]\.note: must be at most 10,000 characters long/],
    ['an unknown skill level', edited((f) => (f.profile.skills[0].level = 'guru')), /profile\.skills\[0\]\.level: expected one of "learning", "working", "expert"/],
    ['a negative target salary', edited((f) => (f.profile.targetSalary = { amount: -5, currency: 'EUR', period: 'year' })), /profile\.targetSalary\.amount: must be more than 0/],
    ['an exchange rate keyed by a lower-case code', edited((f) => (f.settings.currencyRates.rates.eur = 1)), /settings\.currencyRates\.rates\.eur: has a key that is not allowed \(expected a 3-letter currency code/],
    ['a rate table without its date', edited((f) => delete f.settings.currencyRates.date), /settings\.currencyRates\.date: is missing/],
    ['an export time that is not a time', edited((f) => (f.exportedAt = 'yesterday')), /exportedAt: expected a date and time such as 2026-11-22T10:00:00Z, found the text "yesterday"/],
    ['jobs that are not a list', edited((f) => (f.jobs = { 0: {} })), /jobs: expected a list, found an object/],
  ])('%s', (_, text, message) => {
    const error = importError(text);
    expect(error.message).toMatch(message);
  });

  it('lists the first five problems, counts the rest, and keeps them all for the page', () => {
    const text = edited((f) => {
      for (const job of f.jobs) job.status = 'ghosted';
      f.profile.skills[0].level = 'guru';
      f.settings.badgeCorner = 'middle';
    });
    const error = importError(text);
    expect(error.problems).toHaveLength(6);
    expect(error.message).toMatch(/^This file is not a valid Jobmark export, so nothing was imported: profile\.skills\[0\]\.level: .*; and 1 more problem\.$/);
    expect(error.message.match(/: expected one of/g)).toHaveLength(5);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(importError(JSON.stringify(VALID), 100).message).toMatch(/^This file is too large to be a Jobmark export \(0\.0 MB; Jobmark reads files up to 0\.0 MB\)/);
  });

  it('refuses a file nested far too deeply without overflowing', () => {
    const deep = `{"format":"jobmark-export","version":1,"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(importError(deep).message).toMatch(/not a Jobmark export \(it is nested far too deeply\)/);
  });
});

describe('parseImport and prototype keys', () => {
  it('neither pollutes Object.prototype nor keeps __proto__ or constructor keys anywhere', () => {
    const text = JSON.stringify(VALID)
      .replace('{"format"', '{"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"ctor"}},"format"')
      .replace('"hints":{}', '"hints":{"__proto__":{"polluted":"hints"}}')
      .replace('"rates":{', '"rates":{"__proto__":{"polluted":"rates"},')
      .replace('"skills":[{', '"skills":[{"__proto__":{"level":"expert","polluted":"skill"},');
    expect(text.match(/__proto__/g)).toHaveLength(4);

    const parsed = parseImport(text);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed).toEqual(VALID);
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      if (!Array.isArray(value)) expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor')).toBe(false);
      Object.values(value).forEach(walk);
    };
    walk(parsed);
  });
});

describe('describeSyntaxError', () => {
  const text = '{\n  "a": 1,\n  oops\n}';
  it.each([
    ['Chromium (position only)', 'Expected double-quoted property name in JSON at position 14', ' (line 3, column 3): expected double-quoted property name.'],
    ['Chromium (position, line and column)', "Expected ',' or '}' after property value in JSON at position 14 (line 3 column 3)", " (line 3, column 3): expected ',' or '}' after property value."],
    ['Firefox', 'JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data', ' (line 3, column 3): expected double-quoted property name.'],
    ['a message without a place (nor the file’s text)', 'Unexpected token \'o\', "{\n  "a": 1,\n  oops\n}" is not valid JSON', ": unexpected token 'o'."],
  ])('reads the place out of %s', (_, message, expected) => {
    expect(describeSyntaxError(text, message)).toBe(`This file is not JSON${expected} Choose a file Jobmark exported (jobmark-….json).`);
  });
});
