import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/sources/read-fixture';
import { parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('takes the first level-1 heading (setext too) as the title, its text as the opening section', () => {
    const posting = parseMarkdown(readFixture('markdown', 'headings.md').text);
    expect(posting).toMatchObject({ source: 'markdown', title: 'Cloud Security Engineer', company: null, url: null });
    expect(posting?.sections.map((s) => s.heading)).toEqual(['', 'Responsibilities', 'Tools we use', 'Benefits']);
    expect(posting?.sections[0]?.text).toBe('Ferncliff Analytics protects hospital networks.');
    expect(posting?.sections[1]?.text).toContain('- Harden our AWS accounts\n- Review infrastructure changes in Terraform');
    expect(posting?.sections[1]?.text).toContain('**Qualifications:**');
  });

  it('reads pasted plain text: first line as title, labelled company and location, one item per line', () => {
    expect(parseMarkdown(readFixture('markdown', 'pasted.txt').text)).toEqual({
      source: 'text',
      url: null,
      title: 'Junior QA Tester',
      company: 'Pebblestone Games',
      location: 'Tallinn, Estonia (hybrid)',
      sections: [
        {
          heading: '',
          text: 'We test board-game apps before they ship.\nWhat you will do\nWrite test plans\nReport bugs clearly\n- Play our games a lot',
        },
      ],
      hints: {},
    });
  });

  it.each([
    ['a long first paragraph', readFixture('markdown', 'no-title.txt').text],
    ['a list item first', '- Go\n- Rust'],
    ['only blank lines', '\n\n  \n'],
  ])('finds no title in %s', (_name, text) => {
    expect(parseMarkdown(text)).toBeNull();
  });

  it.each([
    ['"Job title:" label', 'We are hiring!\nJob title: Night Auditor\nMore text', 'Night Auditor'],
    ['a bold first line', '**Line Cook**\nEvenings and weekends', 'Line Cook'],
    ['a level-1 heading after an intro line', 'Posted today\n\n# Sous Chef\n\nKnife skills', 'Sous Chef'],
  ])('title from %s', (_name, text, title) => {
    expect(parseMarkdown(text)?.title).toBe(title);
  });
});
