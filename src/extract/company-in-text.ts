import type { JobSection } from '../core/job';

/**
 * The company a posting names itself by, for postings whose source gives none (a "None"
 * placeholder, a Lever or Ashby payload): "About Kustomer", "What does Finalis do?",
 * "At Acme, we…", "Acme is building…", "Join Acme!". A name found that way must recur in the
 * text: a guess written once is more likely a client or a product than the employer.
 * Null when nothing says.
 */
export function companyNamedInText(sections: readonly JobSection[]): string | null {
  const headings = sections.map((s) => s.heading).filter((h) => h !== '');
  const text = sections
    .map((s) => s.text)
    .join('\n')
    .slice(0, MAX_SCANNED);
  const counts = new Map<string, number>();
  const propose = (name: string | undefined) => {
    const cleaned = name?.trim().replace(/[.'’-]+$/, '');
    if (!cleaned || NOT_A_NAME.test(cleaned)) return;
    counts.set(cleaned, (counts.get(cleaned) ?? 0) + 1);
  };
  for (const heading of headings) for (const pattern of HEADING_PATTERNS) propose(pattern.exec(heading.trim())?.[1]);
  for (const pattern of TEXT_PATTERNS) for (const match of text.matchAll(pattern)) propose(match[1]);

  let best: string | null = null;
  let bestScore = 0;
  for (const [name, proposed] of counts) {
    const mentions = countWord(text, name) + headings.filter((h) => h.includes(name)).length;
    if (mentions < 2) continue;
    const score = proposed * 10 + mentions;
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Companies introduce themselves early; a long text is not read further than this. */
const MAX_SCANNED = 20_000;

const NAME = String.raw`(\p{Lu}[\p{L}\p{N}&.'’-]{1,30}(?: \p{Lu}[\p{L}\p{N}&.'’-]{0,30}){0,2})`;

/** The opening words in either case; the name capitalised (so no 'i' flag). */
const HEADING_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:[Mm]ore )?[Aa]bout ${NAME}[:!?]?$`, 'u'),
  new RegExp(String.raw`^[Ww]hat does ${NAME} do\??$`, 'u'),
  new RegExp(String.raw`^(?:[Ww]hy|[Ll]ife at|[Ww]orking at|[Ww]hy work (?:at|with|for)|[Ww]hy join) ${NAME}\??$`, 'u'),
];

const TEXT_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|\n|\. )(?:At|Here at) ${NAME}, we\b`, 'gu'),
  new RegExp(String.raw`(?:^|\n|\. )${NAME} is (?:a|an|the|building|on a mission|hiring|looking)\b`, 'gu'),
  new RegExp(String.raw`\b(?:Join|join) ${NAME}(?:[!.,]| (?:and|as|in|to)\b)`, 'gu'),
  new RegExp(String.raw`(?:^|\n|\. )${NAME}['’]s mission\b`, 'gu'),
];

/** Words the patterns catch that are not a company. */
const NOT_A_NAME =
  /^(?:us|you|we|our|the|this|that|it|he|she|they|team|the team|role|the role|company|remote|here|there|what|who|why|how|job|position|today|now|life|work|a|an)$/i;

function countWord(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1 && count < 50; at = text.indexOf(word, at + word.length)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) count++;
  }
  return count;
}
