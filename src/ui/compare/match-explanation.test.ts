// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { jobWithSkills as job, profileWithSkills as profile } from '../../../test/fixtures/synthetic-job';
import { matchJob } from '../../compare/match';
import type { MatchResult } from '../../compare/match-result';
import { MatchExplanation } from './match-explanation';
import { ruleSentence, shareWords } from './match-words';

const W = 'working' as const;
const L = 'learning' as const;
const E = 'expert' as const;

let host: HTMLElement | undefined;

function show(match: MatchResult): HTMLElement {
  host = document.createElement('div');
  document.body.appendChild(host);
  render(h(MatchExplanation, { match }), host);
  return host;
}

/** Each list line as read: symbol and words. */
function lines(root: HTMLElement, listLabel: string): string[] {
  const list = [...root.querySelectorAll('ul')].find((ul) => ul.getAttribute('aria-label')?.startsWith(listLabel));
  if (!list) return [];
  return [...list.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

afterEach(() => {
  if (host) {
    render(null, host);
    host.remove();
  }
});

describe('MatchExplanation', () => {
  it('lists matched and missing required skills, and the matched skill through the alias the user typed', () => {
    const root = show(matchJob(job(['Go', 'Kafka', 'PostgreSQL']), profile(['Golang', E], ['PostgreSQL', L])));
    expect(root.querySelector('.jmc-explain-score')?.textContent).toBe('50% match');
    expect(lines(root, 'Required')).toEqual([
      '✓Go — from your “Golang” (expert)',
      '½PostgreSQL (learning — half credit)',
      '✗Kafka — not in your profile',
    ]);
    expect(root.textContent).toContain('Required: 2 of 3 met');
  });

  it('explains nice-to-haves apart from requirements', () => {
    const root = show(matchJob(job(['Go'], ['Docker', 'Nix']), profile(['Go', W], ['Docker', W])));
    expect(lines(root, 'Nice to have')).toEqual(['✓Docker (working)', '✗Nix — not in your profile']);
    expect(root.textContent).toContain('Nice to have: 1 of 2 met');
  });

  it('shows how each any-of group counted', () => {
    const groups = [
      { anyOf: ['Ruby', 'Go', 'Java'], required: true },
      { anyOf: ['Elixir', 'Haskell'], required: true },
    ];
    const root = show(matchJob(job(['Ruby', 'Go', 'Java', 'Elixir', 'Haskell'], [], groups), profile(['golang', W])));
    expect(lines(root, 'Required')).toEqual([
      '✓One of Ruby / Go / Java — met by Go — from your “golang” (working)',
      '✗One of Elixir / Haskell — none in your profile',
    ]);
    expect(root.querySelectorAll('.jmc-explain-group')).toHaveLength(2);
  });

  it('states the rule in one sentence', () => {
    const text = show(matchJob(job(['Go']), profile(['Go', W]))).querySelector('.jmc-explain-rule')?.textContent;
    expect(text).toBe(ruleSentence());
    expect(text).toMatch(/nice-to-have counts half/);
    expect(text).toMatch(/learning earns half credit/);
  });

  it.each<[string, MatchResult, string]>([
    ['the profile is empty', matchJob(job(['Go']), profile()), 'your skill profile is empty'],
    ['the posting names no skills', matchJob(job([]), profile(['Go', W])), 'no skills were recognised in this posting'],
  ])('says in words why there is no score when %s', (_name, match, words) => {
    const root = show(match);
    expect(root.querySelector('.jmc-explain-score')?.textContent).toContain(words);
    expect(root.textContent).not.toMatch(/% match/);
  });

  it('with an empty profile still lists what the job asks for, as missing', () => {
    const root = show(matchJob(job(['Go', 'Rust']), profile()));
    expect(lines(root, 'Required')).toEqual(['✗Go — not in your profile', '✗Rust — not in your profile']);
  });

  it('renders skill names from the page as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const root = show(matchJob(job([hostile]), profile(['Go', W])));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });
});

describe('shareWords', () => {
  it.each([
    [0.5, 'half'],
    [0.25, 'a quarter'],
    [1, 'in full'],
    [0.3, '30%'],
  ])('%s → %s', (share, words) => {
    expect(shareWords(share)).toBe(words);
  });
});
