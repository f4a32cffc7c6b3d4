import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeRemoteWlb, parseRemoteWlb } from './remotewlb';

const read = (name: string) => parseRemoteWlb(readFixture('remotewlb', name).text);

describe('parseRemoteWlb', () => {
  it('reads the header of a mojibake copy: title, apply URL, company, location, board salary', () => {
    expect(read('mojibake-with-board-salary.md')).toMatchObject({
      source: 'remotewlb',
      title: 'Senior Data Platform Engineer',
      url: 'https://www.remotewlb.com/apply/senior-data-platform-engineer-4242',
      company: 'Quillfeather Labs',
      location: 'Remote, Canada',
      hints: { boardSalaryText: '90k-120k USD', boardWorkplace: 'remote' },
    });
  });

  it('repairs mojibake in the body and keeps the sections in light markdown', () => {
    const sections = read('mojibake-with-board-salary.md')?.sections ?? [];
    expect(sections.map((s) => s.heading)).toEqual(['Who we are', 'What you’ll do:']);
    expect(sections[0]?.text).toContain('We’re a team of 40 — spread');
    expect(sections[1]?.text.split('\n')).toEqual([
      '- Own our ingestion pipelines in Go and keep them boring',
      '- Model data in PostgreSQL - and teach others to',
      '- Review design docs with care',
      '**Must have:**',
      '- 5+ years building data systems',
      '- Experience with Kafka or a similar log',
      '**Nice to have**',
      '- Terraform',
      '- Café-grade espresso skills',
    ]);
  });

  it('drops the "CLICK TO APPLY" footer', () => {
    const text = JSON.stringify(read('mojibake-with-board-salary.md'));
    expect(text).not.toMatch(/click to/i);
  });

  it('reads an empty location, a "None" company and a title with markup in it as text', () => {
    expect(read('empty-location-no-company.md')).toMatchObject({
      title: 'Backend Engineer <img src=x onerror=alert(1)> (Rust)',
      company: null,
      location: null,
      hints: { boardSalaryText: null },
    });
    expect(read('empty-location-no-company.md')?.sections.map((s) => s.heading)).toEqual(['Description', 'The role']);
  });

  it('joins a location line that wraps onto the next line', () => {
    const location = read('wrapped-location.md')?.location ?? '';
    expect(location).toMatch(/^Albania,Argentina,/);
    expect(location).toContain('Puerto Rico,Romania');
    expect(location).toMatch(/Vietnam$/);
    expect(read('wrapped-location.md')?.sections).toEqual([{ heading: 'About the job', text: 'Help our customers get unstuck, in writing.' }]);
  });

  it.each([
    ['the clean emoji form', '# [T](https://x.example/a)\n### Acme\n#### `🌎 Remote`\n', true],
    ['the mojibake form', '# [T](https://x.example/a)\n### Acme\n#### `ðŸŒŽ Remote`\n', true],
    ['empty company and location lines', '# [T](https://x.example/a)\n###\n####\n\nbody', true],
    ['a plain markdown title', '# Title\n### Acme\n#### x', false],
    ['a link title without the header lines', '# [T](https://x.example/a)\n\nSome text', false],
    ['CRLF line endings and blank lines between', '\r\n# [T](https://x.example/a)\r\n\r\n### Acme\r\n#### `🌎 Remote`', true],
    ['lone CR line endings', '# [T](https://x.example/a)\r### Acme\r#### `🌎 Remote`', true],
    ['the header lines too far down', `${'\n'.repeat(4_000)}# [T](https://x.example/a)\n### Acme\n#### x`, false],
  ])('looksLikeRemoteWlb: %s → %s', (_name, text, expected) => {
    expect(looksLikeRemoteWlb(text)).toBe(expected);
  });

  it('keeps a title with brackets whole and ignores a non-URL link target', () => {
    expect(parseRemoteWlb('# [Engineer [Remote]](not a url)\n### Acme\n#### `🌎 Spain`')).toMatchObject({
      title: 'Engineer [Remote]',
      url: null,
      location: 'Spain',
    });
  });
});
