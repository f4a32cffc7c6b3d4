// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { descriptionToSections } from '../../src/sources/html-description';
import { CORPUS_DIR, hasCorpus, SKIP_REASON } from './shared-data';
import { descriptionToSectionsInDom } from './description-sections';

describe('descriptionToSectionsInDom', () => {
  it.each([
    ['HTML', '<p>Intro</p><h3>Requirements</h3><ul><li>Go</li></ul>', [
      { heading: '', text: 'Intro' },
      { heading: 'Requirements', text: '- Go' },
    ]],
    ['HTML that was HTML-escaped', '&lt;p&gt;Intro&lt;/p&gt;&lt;ul&gt;&lt;li&gt;R&amp;amp;D&lt;/li&gt;&lt;/ul&gt;', [{ heading: '', text: 'Intro\n- R&D' }]],
    ['plain text with line breaks and bullets', 'Intro\n\n• Go\n* SQL\n## Perks\nLunch', [
      { heading: '', text: 'Intro\n- Go\n- SQL' },
      { heading: 'Perks', text: 'Lunch' },
    ]],
    ['plain text with entities', 'R&amp;D at AT&T', [{ heading: '', text: 'R&D at AT&T' }]],
    ['a script in the description is dropped, not run', '<p>Rust</p><script>globalThis.__ran = true</script><img src=x onerror="globalThis.__ran = true">', [{ heading: '', text: 'Rust' }]],
  ])('%s', (_name, description, expected) => {
    expect(descriptionToSectionsInDom(description)).toEqual(expected);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });
});

/** Every long HTML or text field of the real ATS payloads (descriptions, lists, closing text). */
function descriptionFields(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /description|content|additional|text/i.test(key) && value.length > 200 ? [value] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => descriptionFields(v, Array.isArray(value) ? key : k));
}

describe.skipIf(!hasCorpus)(hasCorpus ? 'real ATS descriptions: the DOM reader agrees with the file reader' : SKIP_REASON, () => {
  const files = hasCorpus ? readdirSync(CORPUS_DIR).filter((f) => f.startsWith('pages__') && f.endsWith('.json')).sort() : [];

  it.each(files)('%s', (file) => {
    const fields = descriptionFields(JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')));
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(descriptionToSectionsInDom(field)).toEqual(descriptionToSections(field));
  });
});
