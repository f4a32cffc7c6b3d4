// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, byTestId, click, fakeServices, mount, rowTitles, threeJobs, unmountAll, untilReady } from '../../../test/support/popup-test-kit';

// The comparison's script fails to load the first two times it is asked for (an extension
// updated under an open popup does this), then loads.
const load = vi.hoisted(() => ({ failuresLeft: 2 }));
vi.mock('./compare-panel', async (importActual) => {
  if (load.failuresLeft-- > 0) throw new Error('Failed to fetch dynamically imported module');
  return importActual();
});

afterEach(unmountAll);

describe('JobsApp when the comparison cannot load', () => {
  it('says so with a way to try again and a way back, instead of loading for ever', async () => {
    const root = mount({ layout: 'popup', services: fakeServices(threeJobs()) });
    await untilReady();
    click(byTestId(root.querySelector('[data-job-id="job-a"]')!, 'compare-checkbox'));
    click(byTestId(root.querySelector('[data-job-id="job-c"]')!, 'compare-checkbox'));
    await vi.waitFor(() => expect(byTestId(root, 'compare-button').textContent).toBe('Compare 2 jobs'));
    click(byTestId(root, 'compare-button'));

    const error = await vi.waitFor(() => byTestId(root, 'load-error'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The comparison could not be loaded');
    // The reason is shown too (here vitest's wording around the thrown error).
    expect(error.querySelectorAll('p')[1]!.textContent).not.toBe('');

    click(button(error, 'Back to the list'));
    await vi.waitFor(() => expect(rowTitles(root)).toHaveLength(3));
    // The ticked jobs are still ticked: Compare, pressed again, tries again.
    click(byTestId(root, 'compare-button'));
    click(button(await vi.waitFor(() => byTestId(root, 'load-error')), 'Try again'));
    const panel = await vi.waitFor(() => byTestId(root, 'compare-panel'));
    expect(panel.textContent).toContain('Comparing 2 jobs');
  });
});
