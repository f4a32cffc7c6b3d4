import { describe, expect, it } from 'vitest';
import { Source } from '../core/job';
import { SITE_ADAPTERS } from '../sites/registry';
import { SOURCE_LABELS, sourcesWords } from './source-words';

describe('source words', () => {
  it('names every site as its registration does', () => {
    for (const adapter of SITE_ADAPTERS) {
      const parsed = Source.safeParse(adapter.id);
      if (parsed.success && adapter.id !== 'jsonld') expect(SOURCE_LABELS[parsed.data], adapter.id).toBe(adapter.label);
    }
  });

  it.each<[Source[], string]>([
    [['greenhouse'], 'Greenhouse'],
    [['greenhouse', 'linkedin'], 'Greenhouse and LinkedIn'],
    [['greenhouse', 'linkedin', 'greenhouse', 'indeed'], 'Greenhouse, LinkedIn and Indeed'],
    [[], ''],
  ])('%j → %s', (sources, words) => expect(sourcesWords(sources)).toBe(words));
});
