import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesWithCues } from './deal-breaker-cues';
import type { JobSection } from '../core/job';
import { extractDealBreakers, readDealBreakers, sentencesOf } from './deal-breakers';
import { GATE_WORDS, LANGUAGE_NAMES } from './deal-breaker-words';

const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');
const hasCorpus = existsSync(CORPUS_DIR);
if (!hasCorpus) console.warn(`${CORPUS_DIR} is absent: the deal-breaker cue corpus check is skipped`);

/** What reading every sentence of every line finds: what skipping lines must not change. */
function readingEveryLine(text: string) {
  return readDealBreakers(text.split('\n').flatMap(sentencesOf));
}

function keptLines(text: string): string[] {
  return linesWithCues(text).map(({ start, end }) => text.slice(start, end));
}

describe('linesWithCues', () => {
  it('keeps every line that can state a deal-breaker, in order, once each, and drops the rest', () => {
    const text = [
      'We build widgets.',
      'Visa sponsorship is available. We sponsor visas too.',
      'Our team is kind.',
      'You must be legally authorized to work in the US.',
      'Travel up to 25% of the time.',
      'Fließend Deutsch (C1) ist Pflicht; ein PKW-Führerschein auch.',
      'Wir bieten keine Arbeitsvisa.',
      '3 days a week in the office.',
      'Great benefits.',
    ].join('\n');
    expect(keptLines(text)).toEqual([
      'Visa sponsorship is available. We sponsor visas too.',
      'You must be legally authorized to work in the US.',
      'Travel up to 25% of the time.',
      'Fließend Deutsch (C1) ist Pflicht; ein PKW-Führerschein auch.',
      'Wir bieten keine Arbeitsvisa.',
      '3 days a week in the office.',
    ]);
  });

  it('keeps a line holding any gate word or language name, at the start of a word, in any case', () => {
    for (const word of [...Object.values(GATE_WORDS).flat(), ...Object.keys(LANGUAGE_NAMES)]) {
      const written = `${word[0]!.toUpperCase()}${word.slice(1)}`;
      const line = `Wir sagen: ${written}${LANGUAGE_NAMES[word] ? '' : 'ung'} hier.`;
      expect(keptLines(`Nothing here.\n${line}`), word).toEqual([line]);
    }
  });

  it('reads a Spanish relocation offer (a word only its gate spelled in full)', () => {
    expect(extractDealBreakers([{ kind: 'other', heading: '', text: 'Sobre nosotros.\nOfrecemos ayuda con la relocalización.' }]).relocation).toEqual({
      offered: true,
      sentence: 'Ofrecemos ayuda con la relocalización.',
    });
  });

  it('keeps "work" only where it can be the right to work', () => {
    expect(keptLines('We work hard.\nYou need a work permit.\nEligible to work here.')).toEqual([
      'You need a work permit.',
      'Eligible to work here.',
    ]);
  });

  it('finds what reading every line finds, on every kind in four languages', () => {
    const text = [
      'About us. We build widgets.',
      'Nous ne pouvons pas proposer de parrainage de visa.',
      'Une autorisation de travail en France est requise.',
      'Eine Sicherheitsüberprüfung ist erforderlich.',
      'Se ofrece ayuda con la reubicación.',
      'Deux jours par semaine au bureau.',
      'Reisebereitschaft von 20 %.',
      'Se requiere carné de conducir.',
      'Inglés B2 y francés fluido.',
    ].join('\n');
    const found = extractDealBreakers([{ kind: 'other', heading: '', text }]);
    expect(found).toEqual(readingEveryLine(text));
    expect(Object.values(found).filter((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toHaveLength(8);
  });

  it('keeps every line when lower-casing would move the positions', () => {
    const text = 'İstanbul office.\nWe build widgets.';
    expect(keptLines(text)).toEqual(['İstanbul office.', 'We build widgets.']);
  });

  it.skipIf(!hasCorpus)('loses no deal-breaker of a corpus posting that reading every line finds', () => {
    let stating = 0;
    for (const name of readdirSync(CORPUS_DIR)) {
      if (name === 'SOURCES.md') continue;
      const text = readFileSync(path.join(CORPUS_DIR, name), 'utf8').slice(0, 60_000);
      const everyLine = readingEveryLine(text);
      const section: JobSection = { kind: 'other', heading: '', text };
      expect(extractDealBreakers([section]), name).toEqual(everyLine);
      if (everyLine.languages.length > 0 || everyLine.workAuthorization !== null) stating++;
    }
    expect(stating).toBeGreaterThan(30);
  });
});
