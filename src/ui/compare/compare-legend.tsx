import type { SkillMark } from '../../compare/skill-matrix';
import { HAVE_SYMBOL, HAVE_WORDS, MARK_SYMBOL, MARK_WORDS, type HaveState } from './skill-rows';

const MARKS: readonly SkillMark[] = ['required', 'preferred'];
const STATES: readonly HaveState[] = ['have', 'learning', 'missing'];

/** What the matrix's symbols and colours mean; every sign there is also a word. */
export function CompareLegend() {
  return (
    <ul class="jmc-legend" aria-label="Legend">
      {MARKS.map((mark) => (
        <li key={mark} class={`jmc-legend-item jmc-${mark}`}>
          <span class="jmc-symbol" aria-hidden="true">
            {MARK_SYMBOL[mark]}
          </span>
          {MARK_WORDS[mark]}
        </li>
      ))}
      {STATES.map((state) => (
        <li key={state} class={`jmc-legend-item jmc-${state}`}>
          <span class="jmc-symbol" aria-hidden="true">
            {HAVE_SYMBOL[state]}
          </span>
          {capitalised(HAVE_WORDS[state])}
        </li>
      ))}
      <li class="jmc-legend-item">
        <span class="jmc-symbol" aria-hidden="true">
          any of
        </span>
        One skill of the group is enough
      </li>
    </ul>
  );
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
