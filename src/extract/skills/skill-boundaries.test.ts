import { describe, expect, it } from 'vitest';
import { standsAlone } from './skill-boundaries';

/** Where `spelling` first occurs in `text` (case-insensitive), and whether it stands alone there. */
function alone(text: string, spelling: string, hyphenSensitive = spelling.length <= 2): boolean {
  const start = text.toLowerCase().indexOf(spelling.toLowerCase());
  if (start === -1) throw new Error(`${spelling} not in ${text}`);
  return standsAlone(text, start, start + spelling.length, { text: spelling, hyphenSensitive });
}

describe('standsAlone', () => {
  it.each([
    ['Go, PHP', 'Go'],
    ['written in Go.', 'Go'],
    ['(Go)', 'Go'],
    ['Go', 'Go'],
    ['React/Vue/Angular', 'Vue'],
    ['React/Vue/Angular', 'Angular'],
    ['C++ and Java', 'C++'],
    ['C#, F#', 'C#'],
    ['ASP.NET Core', '.NET'],
    ['a .NET shop', '.NET'],
    ['Node.js services', 'Node.js'],
    ['CI/CD pipelines', 'CI/CD'],
    ['React.js apps', 'React'],
    ['Python-based tooling', 'Python'],
    ['Go-based services', 'Go'],
    ["Go's standard library", 'Go'],
    ['Kafka; Redis', 'Redis'],
  ])('in "%s", %s stands alone', (text, spelling) => {
    expect(alone(text, spelling)).toBe(true);
  });

  it.each([
    ['JavaScript', 'Java'],
    ['Google', 'Go'],
    ['Golang', 'Go'],
    ['R&D budget', 'R'],
    ['R1 release', 'R'],
    ['C-level executives', 'C'],
    ['C-suite', 'C'],
    ['Go-to-market', 'Go'],
    ['C# only', 'C'],
    ['C++ only', 'C'],
    ['github.com/acme', 'github'],
    ['Vert.x', 'Vert'],
    ['my_go_tool', 'go'],
    ['café', 'caf'],
    ['naïveGo', 'Go'],
    ['T-R-S', 'R'],
  ])('in "%s", %s is part of something larger', (text, spelling) => {
    expect(alone(text, spelling)).toBe(false);
  });
});
