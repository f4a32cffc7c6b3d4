import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { looksLikeFrontMatter, parseFrontMatter } from './front-matter';

const read = (name: string) => parseFrontMatter(readFixture('front-matter', name).text);

describe('parseFrontMatter', () => {
  it('maps the fields: title, location, company, url, posting date (ms epoch), hashtags', () => {
    expect(read('full-fields.md')).toMatchObject({
      source: 'frontmatter',
      title: 'Staff Frontend Engineer',
      company: 'Orchardly',
      location: 'Remote, Europe',
      url: 'https://jobs.example.org/orchardly/4711',
      hints: { postedAt: '2023-11-14T22:13:20.000Z', tags: ['typescript', 'react', 'graphql'] },
    });
  });

  it('splits the body into sections with joined paragraphs and "- " items', () => {
    expect(read('full-fields.md')?.sections).toEqual([
      { heading: 'About Orchardly', text: 'Orchardly helps small farms sell directly to neighbours. Our storefronts load in under a second.' },
      { heading: 'What you will do', text: '- Lead the design system work\n- Pair with product designers' },
      { heading: 'Requirements', text: '- 7+ years of frontend engineering\n- Deep TypeScript knowledge' },
    ]);
  });

  it('falls back to applyUrl, reads unquoted values, a numeric-string timestamp, a YAML tag list and setext headings', () => {
    expect(read('apply-url-only.md')).toMatchObject({
      title: 'Data Analyst (Part-time)',
      company: 'Fenwick & Daughters',
      location: null,
      url: 'https://careers.example.net/fenwick/analyst',
      hints: { postedAt: '2021-02-02T00:00:00.000Z', employmentType: 'part-time', tags: ['sql', 'looker'] },
    });
    expect(read('apply-url-only.md')?.sections.map((s) => s.heading)).toEqual(['About the team', 'Responsibilities']);
  });

  it('takes the title from the body when the front matter has none', () => {
    expect(read('no-title.md')).toMatchObject({
      title: 'Mobile Engineer (iOS)',
      company: 'Brightwater',
      location: 'Lisbon',
      sections: [{ heading: '', text: 'Swift and SwiftUI, shipped weekly.' }],
    });
  });

  it('returns null, without throwing, when the YAML does not parse', () => {
    expect(() => read('broken-yaml.md')).not.toThrow();
    expect(read('broken-yaml.md')).toBeNull();
  });

  it.each([
    ['a front matter block', '---\ntitle: x\n---\nbody', true],
    ['one closed by "..."', '---\ntitle: x\n...\nbody', true],
    ['no closing line', '---\ntitle: x\nbody', false],
    ['a thematic break later on', 'text\n---\nmore', false],
  ])('looksLikeFrontMatter: %s → %s', (_name, text, expected) => {
    expect(looksLikeFrontMatter(text)).toBe(expected);
  });

  it.each([
    ['a YAML list, not a mapping', '---\n- a\n- b\n---\n# T'],
    ['a scalar', '---\njust text\n---\n# T'],
  ])('is not front matter: %s', (_name, text) => {
    expect(parseFrontMatter(text)).toBeNull();
  });
});
