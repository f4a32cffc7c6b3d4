import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../core';
import { fakeSavedJob } from '../../test/support/job-fixtures';
import { exportFileName, exportToJson } from './build-export';
import type { JobmarkExport } from './jobmark-export';
import { parseImport } from './parse-import';

const DATA: JobmarkExport = {
  format: 'jobmark-export',
  version: 1,
  exportedAt: '2026-11-22T10:00:00.000Z',
  profile: EMPTY_PROFILE,
  settings: {
    disabledSites: [],
    highlightsEnabled: true,
    badgeCollapsed: false,
    badgeCorner: 'bottom-right',
    currencyRates: { date: '2026-11-20', base: 'USD', rates: { USD: 1, GBP: 0.76, EUR: 0.86 } },
  },
  jobs: [fakeSavedJob({ title: '<img src=x onerror=alert(1)>', note: 'line one\nline "two"' })],
};

/** The same data with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('exportToJson', () => {
  it('writes the same text for the same data, whatever order its keys came in', () => {
    expect(exportToJson(reversedKeys(DATA))).toBe(exportToJson(DATA));
  });

  it('puts format and version first and the jobs last, indented, rates by code', () => {
    const text = exportToJson(DATA);
    expect(text).toMatch(/^\{\n {2}"format": "jobmark-export",\n {2}"version": 1,\n {2}"exportedAt": /);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'exportedAt', 'profile', 'settings', 'jobs']);
    expect(Object.keys(JSON.parse(text).settings.currencyRates.rates)).toEqual(['EUR', 'GBP', 'USD']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps page text as text, escaped only as JSON requires, and reads back equal', () => {
    const text = exportToJson(DATA);
    expect(text).toContain('"title": "<img src=x onerror=alert(1)>"');
    expect(text).toContain('"note": "line one\\nline \\"two\\""');
    expect(parseImport(text)).toEqual(DATA);
  });

  it('leaves out keys the schema does not know', () => {
    const text = exportToJson({ ...DATA, secret: 'x' } as JobmarkExport);
    expect(text).not.toContain('secret');
  });
});

describe('exportFileName', () => {
  it.each([
    [new Date(2026, 10, 22, 12, 0), 'json', 'jobmark-2026-11-22.json'],
    [new Date(2027, 0, 3, 23, 59), 'csv', 'jobmark-2027-01-03.csv'],
  ] as const)('names the file for %s as %s → %s (the user’s own day)', (now, kind, name) => {
    expect(exportFileName(now, kind)).toBe(name);
  });
});
