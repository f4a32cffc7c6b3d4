// @vitest-environment happy-dom
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Workplace } from '../../core/job';
import { click, field, mount, settle, statusText, unmountAll } from '../../../test/support/options-test-kit';
import { WorkplaceSection } from './workplace-section';

afterEach(unmountAll);

describe('WorkplaceSection', () => {
  it.each<[string, Workplace[], string, Workplace[]]>([
    ['ticking adds the workplace last (the order ticked is the preference)', ['hybrid'], 'Remote', ['hybrid', 'remote']],
    ['unticking removes it', ['remote', 'onsite'], 'Remote', ['onsite']],
    ['ticking from no preference', [], 'On-site', ['onsite']],
  ])('%s', async (_case, workplaces, label, next) => {
    const onChange = vi.fn<(w: Workplace[]) => Promise<void>>().mockResolvedValue();
    const root = mount(h(WorkplaceSection, { workplaces, onChange }));
    expect(['Remote', 'Hybrid', 'On-site'].map((l) => field(root, l).checked)).toEqual(
      (['remote', 'hybrid', 'onsite'] as const).map((w) => workplaces.includes(w)),
    );
    click(field(root, label));
    await settle();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(next);
    expect(statusText(root)).toContain('Workplace preference saved.');
  });
});
