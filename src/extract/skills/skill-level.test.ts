import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../core/job';
import { clausesOf, leveledLines, saysOptional, sectionLevel, subHeadingOf } from './skill-level';

describe('sectionLevel', () => {
  it.each<[SectionKind, boolean, ReturnType<typeof sectionLevel>]>([
    ['requirements', true, 'required'],
    ['nice-to-have', true, 'preferred'],
    ['responsibilities', true, null],
    ['other', true, null],
    // Without a requirements section: the desired list and the unheaded text ask.
    ['nice-to-have', false, 'required'],
    ['other', false, 'required'],
    ['responsibilities', false, null],
    ['about', false, null],
    ['benefits', false, null],
    ['compensation', false, null],
    ['process', false, null],
  ])('%s (posting has requirements: %s) → %s', (kind, lists, level) => {
    expect(sectionLevel(kind, lists)).toBe(level);
  });
});

describe('saysOptional', () => {
  it.each([
    'Kafka is a plus',
    'Terraform would be a plus',
    'Nice to have: Rust',
    'Bonus: open source work',
    'GraphQL experience preferred',
    'Ideally some Elixir',
    'Desirable: Scala',
    'Knowing Flutter would be great',
    'AWS certification (a big plus)',
    'Go is not required',
    'Wünschenswert: Erfahrung mit Terraform',
    'Kenntnisse in Go sind von Vorteil',
    'La connaissance de Kafka est un plus',
    'Une expérience avec Scala serait appréciée',
    'Se valorará experiencia con Go',
    'Conocimientos de Rust deseables',
  ])('"%s" is optional', (line) => {
    expect(saysOptional(line)).toBe(true);
  });

  it.each([
    '5+ years of Java',
    'Plus-size clothing retailer experience',
    'Mindestens 5 Jahre Erfahrung mit Kotlin',
    'Vous maîtrisez Python et PostgreSQL',
    'Plusieurs années d’expérience en Java',
  ])('"%s" is not', (line) => {
    expect(saysOptional(line)).toBe(false);
  });
});

describe('subHeadingOf', () => {
  it.each([
    ['**Nice to have**', 'Nice to have'],
    ['**Must have (in production):**', 'Must have (in production):'],
    ['Bonus points if you have:', 'Bonus points if you have'],
    ['- Experience with:', null],
    ['Experience with Go and Java.', null],
  ])('%s → %s', (line, heading) => {
    expect(subHeadingOf(line)).toBe(heading);
  });
});

describe('leveledLines', () => {
  it('lets a sub-heading set the level of the lines under it, and an optional line stand apart', () => {
    const text = [
      '**Must have:**',
      '- Elixir',
      '- Kafka is a plus',
      '',
      '**Nice to have**',
      '- Docker',
      '**Required too:**',
      '- Postgres',
    ].join('\n');
    const lines = leveledLines(text, 'required').map((l) => [text.slice(l.start, l.end), l.level]);
    expect(lines).toEqual([
      ['**Must have:**', 'required'],
      ['- Elixir', 'required'],
      ['- Kafka is a plus', 'preferred'],
      ['**Nice to have**', 'preferred'],
      ['- Docker', 'preferred'],
      ['**Required too:**', 'required'],
      ['- Postgres', 'required'],
    ]);
  });

  it('keeps a preferred section preferred', () => {
    expect(leveledLines('- Rust\n- Go', 'preferred').map((l) => l.level)).toEqual(['preferred', 'preferred']);
  });
});

describe('clausesOf', () => {
  const levels = (line: string) =>
    clausesOf(line, 'required').map((c) => [line.slice(c.start, c.end).trim(), c.level]);

  it('keeps a line without qualifiers whole', () => {
    expect(levels('- 5+ years of Go and Postgres')).toEqual([['- 5+ years of Go and Postgres', 'required']]);
  });

  it('welcomes what follows "preferably" and "ideally", to the end of the sentence', () => {
    expect(levels('- Relational databases, preferably Postgres or MySQL. Docker daily.')).toEqual([
      ['- Relational databases,', 'required'],
      ['preferably Postgres or MySQL.', 'preferred'],
      ['Docker daily.', 'required'],
    ]);
  });

  it('reads "(Git preferably)" as qualifying its parenthesis, and "(preferred)" its item', () => {
    expect(levels('- Version control (Git preferably)')).toEqual([
      ['- Version control', 'required'],
      ['(Git preferably)', 'preferred'],
    ]);
    expect(levels('- Go, Rust (preferred), Kafka')).toEqual([
      ['- Go,', 'required'],
      ['Rust (preferred)', 'preferred'],
      [', Kafka', 'required'],
    ]);
  });

  it('gives inline labels the text after them, up to the next label', () => {
    expect(levels('- Linux, Python. _Preferred:_ English. 3+ years. _Nice to have:_ HTML. Required: SQL')).toEqual([
      ['- Linux, Python.', 'required'],
      ['_Preferred:_ English.', 'preferred'],
      ['3+ years.', 'preferred'],
      ['_Nice to have:_ HTML.', 'preferred'],
      ['Required: SQL', 'required'],
    ]);
  });

  it('makes a sentence that says it is optional preferred, and only that sentence', () => {
    expect(levels('Experience with Java. Kafka is a plus.')).toEqual([
      ['Experience with Java.', 'required'],
      ['Kafka is a plus.', 'preferred'],
    ]);
  });

  it('does not end a sentence at "e.g."', () => {
    expect(levels('Build tools (e.g. Maven), ideally Gradle')).toEqual([
      ['Build tools (e.g. Maven),', 'required'],
      ['ideally Gradle', 'preferred'],
    ]);
  });
});

describe('clausesOf: what a posting says it does not ask for', () => {
  it('passes over what follows "we don\'t use", to the end of the sentence', () => {
    const line = "- Ruby in an MVC framework. We don't use Rails but follow its conventions. Some JavaScript.";
    expect(clausesOf(line, 'required').map((c) => [line.slice(c.start, c.end).trim(), c.level])).toEqual([
      ['- Ruby in an MVC framework.', 'required'],
      ["We don't use Rails but follow its conventions.", null],
      ['Some JavaScript.', 'required'],
    ]);
  });
});
