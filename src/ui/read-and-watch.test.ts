import { describe, expect, it, vi } from 'vitest';
import { readAndWatch } from './read-and-watch';

/** A stored value whose first read answers only when the test says so. */
function store() {
  let answer!: (value: string) => void;
  let fail!: (error: Error) => void;
  let listener: ((value: string) => void) | null = null;
  return {
    read: () => new Promise<string>((resolve, reject) => ((answer = resolve), (fail = reject))),
    watch: (onChange: (value: string) => void) => ((listener = onChange), () => void (listener = null)),
    answer: (value: string) => answer(value),
    fail: (error: Error) => fail(error),
    change: (value: string) => listener?.(value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readAndWatch', () => {
  it('takes the first read, then every change', async () => {
    const s = store();
    const set = vi.fn();
    readAndWatch(s.read, s.watch, set, vi.fn());
    s.answer('first');
    await settle();
    s.change('second');
    expect(set.mock.calls).toEqual([['first'], ['second']]);
  });

  it('keeps a change that lands before the first read answers', async () => {
    const s = store();
    const set = vi.fn();
    readAndWatch(s.read, s.watch, set, vi.fn());
    s.change('newer');
    s.answer('older');
    await settle();
    expect(set.mock.calls).toEqual([['newer']]);
  });

  it('reports a failed read, and nothing once stopped', async () => {
    const s = store();
    const set = vi.fn();
    const fail = vi.fn();
    readAndWatch(s.read, s.watch, set, fail);
    s.fail(new Error('storage unavailable'));
    await settle();
    expect(fail).toHaveBeenCalledWith(new Error('storage unavailable'));

    const later = store();
    const stop = readAndWatch(later.read, later.watch, set, fail);
    stop();
    later.answer('too late');
    later.change('too late');
    await settle();
    expect(set).not.toHaveBeenCalled();
  });
});
