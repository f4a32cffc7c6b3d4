import { describe, expect, it } from 'vitest';
import { TEST_DICTIONARY } from '../../../test/fixtures/skills/test-dictionary';
import { createSkillMatcher, findSkillMentions } from './index';

const matcher = createSkillMatcher(TEST_DICTIONARY);
const names = (text: string) => findSkillMentions(text, matcher).map((m) => m.name);

describe('findSkillMentions', () => {
  it.each([
    ['React/Vue/Angular', ['React', 'Vue', 'Angular']],
    ['Ruby on Rails and Ruby', ['Ruby on Rails', 'Ruby']],
    ['Google Cloud Platform or AWS', ['Google Cloud', 'AWS']],
    ['JavaScript, not Java', ['JavaScript', 'Java']],
    ['Ruby (Rails)', ['Ruby', 'Ruby on Rails']],
    ['C++, C#, F# and .NET', ['C++', 'C#', 'F#', '.NET']],
    ['ASP.NET MVC', ['ASP.NET']],
    ['CI/CD with Jenkins', ['CI/CD', 'Jenkins']],
    ['Node.js or NodeJS', ['Node.js', 'Node.js']],
    ['Skills: Go, PHP', ['Go', 'PHP']],
    ['services written in Go.', ['Go']],
    ['backend services (Go)', ['Go']],
    ['R&D with C-level people', []],
    ['Google and Golang', ['Go']],
    ['Python3', []],
    ['see https://github.com/acme/go-kit', []],
    ['Amazon Web Services', ['AWS']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets into the text as given, after emoji and expanding letters', () => {
    const text = '🌎 İstanbul — Kubernetes, k8s';
    const mentions = findSkillMentions(text, matcher);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Kubernetes', 'k8s']);
    expect(mentions.map((m) => m.matched)).toEqual(['Kubernetes', 'k8s']);
  });

  it('never returns overlapping mentions', () => {
    const mentions = findSkillMentions('Google Cloud Platform, Ruby on Rails, Spring Boot, C++', matcher);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    expect(mentions.map((m) => m.matched)).toEqual(['Google Cloud Platform', 'Ruby on Rails', 'Spring Boot', 'C++']);
  });

  it.each([
    ['We go above and beyond', []],
    ['Go above and beyond for customers', []],
    ['React quickly to incidents', []],
    ['Swift delivery of features', []],
    ['Spring 2025 intake', []],
    ['Starting in Spring 2025', []],
    ['Node in a graph', []],
    ['microservices mainly written in Go', ['Microservices', 'Go']],
    ['Go, PHP, Python', ['Go', 'PHP', 'Python']],
    ['experience with React', ['React']],
    ['a Go developer', ['Go']],
    ['- Swift', ['Swift']],
    ['Kotlin or Swift', ['Kotlin', 'Swift']],
    ['Node, Python or Ruby', ['Node.js', 'Python', 'Ruby']],
    ['(mostly Go)', []],
    ['knowledge of the Spring framework', ['Spring']],
    ['experience with React quickly', []],
  ])('ambiguous names count only in a technical context: %s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
