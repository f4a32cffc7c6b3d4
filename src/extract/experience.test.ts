import { describe, expect, it } from 'vitest';
import type { JobSection, SectionKind } from '../core/job';
import { EXPERIENCE_MB } from '../../test/support/hostile-inputs';
import { extractExperience } from './experience';

const section = (kind: SectionKind, text: string): JobSection => ({ kind, heading: '', text });
const inRequirements = (text: string) => extractExperience([section('requirements', text)]);

// Every phrase below is invented for this test.
describe('extractExperience phrases', () => {
  it.each<[string, number, number | null]>([
    ['- 4-8+ years of backend development experience', 4, 8],
    ['- 3+ years building data pipelines', 3, null],
    ['- 3 + years with TypeScript', 3, null],
    ['- More than 3 years of backend work', 3, null],
    ['- At least five years in a product role', 5, null],
    ['- Minimum of 2 years as a designer', 2, null],
    ['- A minimum of 6 years of relevant experience', 6, null],
    ['- 2 to 4 years of QA experience', 2, 4],
    ['- 2–4 years of QA experience', 2, 4],
    ['- Between 3 and 5 years of experience', 3, 5],
    ['- 5 years of experience with Go', 5, null],
    ['- Five (5) years of professional experience', 5, null],
    ['- (7) years of industry experience', 7, null],
    ['- 3 yrs of React', 3, null],
    ['- 10+ yrs experience', 10, null],
    ['- Twelve years of experience in finance', 12, null],
    ['- Twenty years leading teams', 20, null],
    ['- One year of experience in support', 1, null],
    ['- 1+ year of experience with Rust', 1, null],
    ['- 2.5+ years of Python', 2.5, null],
    ['- 5 or more years of experience', 5, null],
    ['- 3 or 4 years of experience in sales', 3, 4],
    ['- Over 2 years of practical AWS experience', 2, null],
    ["- 6+ years' experience in data engineering", 6, null],
    ['- Up to 2 years of experience (graduates welcome)', 0, 2],
    ['- Solid development experience (7+ years).', 7, null],
    ['- You have built web products for 5+ years', 5, null],
  ])('%s → %s..%s', (text, minYears, maxYears) => {
    expect(inRequirements(text)).toMatchObject({ minYears, maxYears });
  });

  it.each([
    ['- We were founded 20 years ago and are still growing'],
    ['- Over 10 years in business serving clients'],
    ['- 10 years of growth behind us'],
    ['- This is a 2 years contract, renewable'],
    ['- Within 2 years you will lead the team'],
    ['- For the past 10 years, our team has shipped tools'],
    ['- A 7-year window to exercise options'],
    ['- Our company has been around for more than 125 years'],
    ['- We offer 25 days of holiday per year'],
    ['- Fluent English; 3 days a week in the office'],
    ['- Python 3 and a years-long love of typing'],
  ])('finds no experience in %s', (text) => {
    expect(inRequirements(text)).toBeNull();
  });

  it('caps implausible years', () => {
    expect(inRequirements('- 45+ years of experience')).toBeNull();
  });
});

describe('extractExperience choosing the main requirement', () => {
  it('takes the largest minimum in the requirements', () => {
    const experience = inRequirements('- 5+ years of software engineering\n- 2+ years with Kubernetes');
    expect(experience).toMatchObject({ minYears: 5, maxYears: null, text: '5+ years of software engineering' });
  });

  it('takes the largest minimum within one line', () => {
    const experience = inRequirements(
      '- 12+ years of industry experience including at least 4 years leading teams',
    );
    expect(experience).toMatchObject({ minYears: 12 });
  });

  it('prefers requirements over the rest of the posting', () => {
    const experience = extractExperience([
      section('about', 'Our ideal teammate has 8+ years of experience shipping software.'),
      section('requirements', '- 3+ years of experience with Elixir'),
    ]);
    expect(experience).toMatchObject({ minYears: 3, text: '3+ years of experience with Elixir' });
  });

  it('outside requirements, counts only phrases that say experience', () => {
    const experience = extractExperience([
      section('about', 'We have grown for 12 years. You bring 4+ years of professional experience.'),
    ]);
    expect(experience).toMatchObject({ minYears: 4 });
  });

  it('uses nice-to-have only when nothing else states years', () => {
    const onlyNice = extractExperience([section('nice-to-have', '- 2+ years of experience with Rust')]);
    expect(onlyNice).toMatchObject({ minYears: 2 });
    const both = extractExperience([
      section('nice-to-have', '- 8+ years of experience with Rust'),
      section('requirements', '- 3+ years of experience with Go'),
    ]);
    expect(both).toMatchObject({ minYears: 3 });
  });

  it('ignores years in benefits', () => {
    expect(extractExperience([section('benefits', '- Sabbatical after 5 years of experience with us')])).toBeNull();
  });

  it('keeps the clause when the line is long', () => {
    const line =
      '- Deep knowledge of object-oriented design in at least one of these languages: Go, Ruby, Python, Java or Scala, plus familiarity with queues, with more than 3 years experience';
    expect(inRequirements(line)).toMatchObject({ minYears: 3, text: 'with more than 3 years experience' });
  });

  // How long it takes is a bench figure (`hostile-1mb-extractors`).
  it('reads the years out of 1 MB of requirements', () => {
    expect(inRequirements(EXPERIENCE_MB)).toMatchObject({ minYears: 3 });
  });
});

// Every phrase below is invented for this test.
describe('years in words and in other languages', () => {
  it.each<[string, number, number | null]>([
    ['- Two+ years of production Go', 2, null],
    ['- Ten or more years of engineering', 10, null],
    ["- Vous avez au moins 5 ans d'expérience en développement Java", 5, null],
    ['- Minimum 3 années d’expérience professionnelle', 3, null],
    ['- Mindestens 3 Jahre Berufserfahrung in der Softwareentwicklung', 3, null],
    ['- Drei bis fünf Jahre Erfahrung mit Kotlin', 3, 5],
    ['- Al menos 5 años de experiencia en backend', 5, null],
    ['- Almeno 4 anni di esperienza con React', 4, null],
    ['- Pelo menos 2 anos de experiência com Python', 2, null],
    ['- Minimaal 3 jaar werkervaring als ontwikkelaar', 3, null],
    ['- Android 개발 경력 7년 이상', 7, null],
    ['- At least 6+ experience in back-end development', 6, null],
    ['- A track record of shipping web apps in the last 4+ years', 4, null],
  ])('%s → %d', (text, min, max) => {
    expect(inRequirements(text)).toMatchObject({ minYears: min, maxYears: max });
  });

  it.each([
    "- L'entreprise a été fondée il y a 12 ans",
    '- Seit 20 Jahren am Markt',
    '- We have grown 5x in the last 3 years',
  ])('does not read company history as experience: %s', (text) => {
    expect(inRequirements(text)).toBeNull();
  });

  it('takes the most permissive of alternative paths to the bar', () => {
    const text = "- A Master's degree with 2+ years of experience OR a Bachelor's with 4+ years OR 7+ years of experience";
    expect(inRequirements(text)).toMatchObject({ minYears: 2 });
    // Without a degree, two "or"-joined mentions are not paths: the larger bar stands.
    expect(inRequirements('- 2+ years with React or 5+ years of software engineering')).toMatchObject({ minYears: 5 });
  });
});
