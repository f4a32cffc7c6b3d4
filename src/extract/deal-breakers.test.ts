import { describe, expect, it } from 'vitest';
import type { JobSection } from '../core/job';
import { extractDealBreakers } from './deal-breakers';

/** Invented postings: one section of text, as the section classifier would hand it over. */
const read = (text: string) => extractDealBreakers([{ kind: 'other', heading: '', text } satisfies JobSection]);

describe('extractDealBreakers: visa sponsorship', () => {
  it.each([
    ['We are unable to sponsor visas for this role.', false],
    ['Candidates must be authorized to work in the US without sponsorship.', false],
    ['Visa sponsorship is available for the right candidate.', true],
    ['Nous ne pouvons pas proposer de parrainage de visa.', false],
    ['Wir bieten Visa-Sponsoring und Unterstützung beim Umzug.', true],
    ['Leider können wir keine Visa-Unterstützung anbieten.', false],
    ['Ofrecemos patrocinio de visa.', true],
    ['No podemos ofrecer patrocinio de visado.', false],
  ])('%s → offered %s, with the sentence', (text, offered) => {
    expect(read(`About us.\n- ${text}`).visaSponsorship).toEqual({ offered, sentence: text });
  });

  it('says nothing when the posting says nothing, or speaks of sponsoring an export licence', () => {
    expect(read('We build widgets in Go.').visaSponsorship).toBeNull();
    expect(read('Access to controlled technology without sponsorship for an export license.').visaSponsorship).toBeNull();
  });
});

describe('extractDealBreakers: right to work and citizenship', () => {
  it.each([
    ['You must be legally authorized to work in the United States.', ['United States'], false],
    ['Applicants need the right to work in the UK.', ['United Kingdom'], false],
    ['This role requires US citizenship.', ['United States'], true],
    ['Une autorisation de travail en France est requise.', ['France'], false],
    ['Eine gültige Arbeitserlaubnis für Deutschland ist Voraussetzung.', ['Germany'], false],
    ['Se requiere permiso de trabajo en España.', ['Spain'], false],
    ['You must hold a valid work permit.', [], false],
  ])('%s', (text, countries, citizenship) => {
    expect(read(text).workAuthorization).toEqual({ countries, citizenship, sentence: text });
  });

  it('does not read "us" as the United States', () => {
    expect(read('You will be eligible to work with us from day one.').workAuthorization?.countries).toEqual([]);
  });
});

describe('extractDealBreakers: languages', () => {
  it.each([
    ['Fluent German (C1) is required.', 'German', 'C1'],
    ['Native or bilingual English.', 'English', 'native'],
    ['Sehr gute Deutschkenntnisse in Wort und Schrift.', 'German', 'professional'],
    ['Anglais courant exigé.', 'English', 'fluent'],
    ['Nivel de inglés B2 o superior.', 'English', 'B2'],
    ['Excellent written and spoken French.', 'French', 'professional'],
  ])('%s → %s at %s', (text, language, level) => {
    expect(read(text).languages).toEqual([{ language, level, sentence: text }]);
  });

  it('asks for a language only where a level or a language cue stands beside it', () => {
    expect(read('Our French office opened in 2020. We sell to German banks.').languages).toEqual([]);
    expect(read('You speak Spanish with customers.').languages).toEqual([{ language: 'Spanish', level: null, sentence: 'You speak Spanish with customers.' }]);
  });

  it('keeps one entry per language, with a level when any sentence gives one', () => {
    const languages = read('You communicate in English every day.\nEnglish at C1 level.').languages;
    expect(languages).toEqual([{ language: 'English', level: 'C1', sentence: 'English at C1 level.' }]);
  });
});

describe('extractDealBreakers: office days, travel, relocation, clearance, licence', () => {
  it.each([
    ['We work hybrid: 3 days a week in the office.', 3],
    ['In the office two to three days per week.', 3],
    ['Trois jours par semaine au bureau.', 3],
    ['2 Tage pro Woche im Büro, den Rest im Homeoffice.', 2],
    ['Presencial 4 días a la semana en la oficina de Madrid.', 4],
  ])('%s → %s office days', (text, days) => {
    expect(read(text).officeDays).toEqual({ days, sentence: text });
  });

  it('does not count remote days as office days', () => {
    expect(read('Work from home 4 days a week, office on Fridays.').officeDays).toBeNull();
  });

  it.each([
    ['Up to 25% travel to customer sites.', 25],
    ['Travel required (approximately 10-20%).', 20],
    ['Reisebereitschaft von bis zu 30 %.', 30],
    ['Déplacements fréquents (40%).', 40],
    ['Disponibilidad para viajar un 15% del tiempo.', 15],
  ])('%s → travel %s%%', (text, percent) => {
    expect(read(text).travelPercent).toEqual({ percent, sentence: text });
  });

  it.each([
    ['Relocation assistance is available.', true],
    ['We do not offer relocation for this position.', false],
    ['Aide à la relocalisation proposée.', true],
    ['Umzugsunterstützung inklusive.', true],
    ['Ayuda con la mudanza.', true],
  ])('%s → relocation offered %s', (text, offered) => {
    expect(read(text).relocation).toEqual({ offered, sentence: text });
  });

  it.each([
    'Active TS/SCI clearance required.',
    'Must be able to obtain a security clearance.',
    'Habilitation secret défense requise.',
    'Bereitschaft zur Sicherheitsüberprüfung (Ü2).',
    'Habilitación de seguridad vigente.',
  ])('%s → clearance', (text) => {
    expect(read(text).securityClearance).toEqual({ sentence: text });
  });

  it('reads "no clearance required" and customs clearance as no clearance', () => {
    expect(read('No security clearance is required.').securityClearance).toBeNull();
    expect(read('Experience with customs clearance processes.').securityClearance).toBeNull();
  });

  it.each(["A valid driver's license is required.", 'Führerschein Klasse B.', 'Permis B indispensable.', 'Carnet de conducir.'])(
    '%s → driving licence',
    (text) => {
      expect(read(text).drivingLicence).toEqual({ sentence: text });
    },
  );
});

describe('extractDealBreakers on hostile text', () => {
  it('reads words that name properties of every JavaScript object as plain words', () => {
    const found = read('Experience with the constructor pattern. You must have the right to work in Constructor City. Fluent toString.');
    expect(found.languages).toEqual([]);
    expect(found.workAuthorization?.countries).toEqual([]);
  });

  it('keeps sentences short and never throws on a megabyte', () => {
    const long = `${'Visa sponsorship is available and '.repeat(40_000)}.`;
    const found = read(long).visaSponsorship;
    expect(found?.offered).toBe(true);
    expect(found!.sentence.length).toBeLessThanOrEqual(600);
  });
});
