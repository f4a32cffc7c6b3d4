import { describe, expect, it } from 'vitest';
import { inTechnicalContext } from './skill-context';

/** Context of the first `name` in `text`, with no neighbouring skills unless given. */
function technical(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return inTechnicalContext(text, start, start + name.length, {});
}

describe('inTechnicalContext', () => {
  it.each([
    ['services mainly written in Go', 'Go'],
    ['Experience with Swift and Kotlin', 'Swift'],
    ['Proficiency in R for statistics', 'R'],
    ['We use React', 'React'],
    ['A Go developer', 'Go'],
    ['Swift code reviews', 'Swift'],
    ['Go 1.22 or newer', 'Go'],
    ['- Go', 'Go'],
    ['**Swift**', 'Swift'],
    ['2. React', 'React'],
    ['Spring (or similar)', 'Spring'],
    ['such as Go', 'Go'],
    ['backend services (Go)', 'Go'],
    ['You have used React as a front-end framework', 'React'],
    ['hands-on experience with React js.', 'React'],
  ])('"%s": %s is a technology', (text, name) => {
    expect(technical(text, name)).toBe(true);
  });

  it.each([
    ['Go above and beyond', 'Go'],
    ['We go the extra mile. Go team!', 'Go'],
    ['React quickly to incidents', 'React'],
    ['Swift delivery matters', 'Swift'],
    ['Starting in Spring 2025', 'Spring'],
    ['experience with Linear algebra', 'Linear'],
    ['Help customers Excel at work', 'Excel'],
    ['Our Swift team ships weekly and Go-live is near', 'Swift'],
  ])('"%s": %s is an ordinary word', (text, name) => {
    expect(technical(text, name)).toBe(false);
  });

  it.each([
    ['Go, PHP', 0, 2, { after: { start: 4 } }, true],
    ['Go and PHP', 0, 2, { after: { start: 7 } }, true],
    ['React/Vue', 0, 5, { after: { start: 6 } }, true],
    ['PHP or Go', 7, 9, { before: { end: 3 } }, true],
    ['Go beyond PHP', 0, 2, { after: { start: 10 } }, false],
    ['Go far\n- PHP', 0, 2, { after: { start: 9 } }, false],
  ])('"%s": a neighbouring skill across a list separator vouches for it', (text, start, end, neighbours, expected) => {
    expect(inTechnicalContext(text, start, end, neighbours)).toBe(expected);
  });
});
