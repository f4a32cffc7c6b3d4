import type { MatchResult, RequirementResult, SkillHit } from '../../compare/match-result';
import { LEVEL_CREDIT } from '../../compare/match-rule';
import {
  groupWords,
  hitWords,
  metWords,
  missingWords,
  noScoreWords,
  ruleSentence,
  scoreWords,
} from './match-words';
import './compare.css';

export interface MatchExplanationProps {
  /** What `matchJob` (or `createMatcher`) answered: the badge's rule, explained, not redone. */
  match: MatchResult;
}

/**
 * The score explaining itself: which required and nice-to-have skills matched and through
 * which profile entry, which are missing, how each "one of" group counted, and the rule.
 * No headings inside (it sits in table headers and popovers); lists are labelled instead.
 */
export function MatchExplanation({ match }: MatchExplanationProps) {
  const { counts } = match;
  return (
    <div class="jmc-explain">
      <p class="jmc-explain-score">{match.score !== null ? scoreWords(match.score) : noScoreWords(match.noScoreReason ?? 'no-job-skills')}</p>
      {match.noScoreReason !== 'no-job-skills' && <p class="jmc-explain-rule">{ruleSentence()}</p>}
      <Requirements
        title="Required"
        result={match.required}
        matched={counts.requiredMatched}
        total={counts.requiredTotal}
      />
      <Requirements
        title="Nice to have"
        result={match.preferred}
        matched={counts.preferredMatched}
        total={counts.preferredTotal}
      />
    </div>
  );
}

function Requirements(props: { title: string; result: RequirementResult; matched: number; total: number }) {
  const { result, title } = props;
  if (props.total === 0) return null;
  const heading = `${title}: ${metWords(props.matched, props.total)}`;
  return (
    <div class="jmc-explain-part">
      <p class="jmc-explain-heading">{heading}</p>
      <ul class="jmc-explain-list" aria-label={heading}>
        {result.matched.map((hit) => (
          <Item key={`m:${hit.skill}`} state={stateOf(hit)} words={hitWords(hit)} />
        ))}
        {result.groups.map((group) => (
          <Item
            key={`g:${group.anyOf.join('/')}`}
            state={group.satisfiedBy ? stateOf(group.satisfiedBy) : 'missing'}
            words={groupWords(group)}
            group
          />
        ))}
        {result.missing.map((skill) => (
          <Item key={`x:${skill}`} state="missing" words={missingWords(skill)} />
        ))}
      </ul>
    </div>
  );
}

type ItemState = 'have' | 'learning' | 'missing';

/** Colour is never the only sign: each line starts with a symbol, and its words say the same. */
const SYMBOL: Record<ItemState, string> = { have: '✓', learning: '½', missing: '✗' };

function stateOf(hit: SkillHit): ItemState {
  return LEVEL_CREDIT[hit.level] < 1 ? 'learning' : 'have';
}

function Item({ state, words, group = false }: { state: ItemState; words: string; group?: boolean }) {
  return (
    <li class={`jmc-explain-item jmc-${state}${group ? ' jmc-explain-group' : ''}`}>
      <span class="jmc-symbol" aria-hidden="true">
        {SYMBOL[state]}
      </span>
      <span>{words}</span>
    </li>
  );
}
