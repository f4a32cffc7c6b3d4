import type { SalaryCandidate } from './salary-candidates';

/**
 * Several pay figures in one posting (geo zones, levels, US vs Canada) → one range that
 * covers them. The first figure sets the currency and period; figures in another currency
 * or period are left out rather than converted. When the first says base and another says
 * OTE (or the reverse), only those of the first's kind (or of no stated kind) are covered.
 * min is the lowest stated minimum and max the highest stated maximum: an "up to $X" next
 * to ranges does not erase their floor. The same range stated twice counts once.
 */
export function mergeCandidates(candidates: readonly SalaryCandidate[]): SalaryCandidate | null {
  const first = candidates[0];
  if (!first) return null;
  const kept: SalaryCandidate[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.currency !== first.currency || c.period !== first.period) continue;
    if (c.kind !== first.kind && c.kind !== 'unknown' && first.kind !== 'unknown') continue;
    const key = `${c.min}-${c.max}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
  }
  if (kept.length === 1) return first;

  const mins = kept.map((c) => c.min).filter((v): v is number => v !== null);
  const maxes = kept.map((c) => c.max).filter((v): v is number => v !== null);
  const texts = [...new Set(kept.map((c) => c.text))];
  const kinds = new Set(kept.map((c) => c.kind).filter((k) => k !== 'unknown'));
  return {
    ...first,
    min: mins.length ? Math.min(...mins) : null,
    max: maxes.length ? Math.max(...maxes) : null,
    kind: kinds.size === 1 ? [...kinds][0]! : first.kind,
    text: `${kept.length} ranges: ${joinCapped(texts)}`,
    isRange: true,
  };
}

/** Longest merged `text`; past it the remaining snippets are summarised as "…". */
const MAX_MERGED_TEXT = 600;

function joinCapped(texts: readonly string[]): string {
  let joined = '';
  for (const t of texts) {
    const next = joined ? `${joined}; ${t}` : t;
    if (next.length > MAX_MERGED_TEXT && joined) return `${joined}; …`;
    joined = next;
  }
  return joined;
}
