// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, textOf } from './dom-query';

describe('textOf and blockText', () => {
  const element = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html; // test-only markup, written here
    return div;
  };

  it('keeps blocks apart and inline runs together, and leaves scripts out', () => {
    const box = element('<p>Reviewed as markets change.</p><div>Pay Range</div><div><span>$1</span><span>—</span><span>$2</span></div><script>x()</script>');
    expect(textOf(box)).toBe('Reviewed as markets change. Pay Range $1—$2');
    expect(blockText(box, '\n').split('\n').filter((l) => l !== '')).toEqual(['Reviewed as markets change.', 'Pay Range', '$1—$2']);
  });
});
