/**
 * ATS payloads (Lever, Ashby) do not name the company; their URLs carry a board slug
 * ("jobs.lever.co/idealistconsulting/…"). A humanised slug is a guess ("Idealistconsulting",
 * "Matchgroup"), so the slug is used only to confirm a name the posting itself writes:
 * a run of one to four capitalised words whose letters are the slug's ("Idealist
 * Consulting"). No such run, no company.
 */
export function companyConfirmedBySlug(url: string | null, texts: readonly string[]): string | null {
  const slug = boardSlug(url);
  if (!slug) return null;
  for (const text of texts) {
    const name = nameSpelledBy(slug, text.slice(0, MAX_SCANNED));
    if (name) return name;
  }
  return null;
}

/** The posting text scanned for the name: companies introduce themselves early. */
const MAX_SCANNED = 20_000;
const MAX_WORDS = 4;
/** Hosts whose first path segment is the employer's board. */
const BOARD_URL = /^https?:\/\/(?:[a-z0-9-]{1,60}\.){0,4}(?:lever\.co|ashbyhq\.com|greenhouse\.io)\/([^/?#\s]{2,100})/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’.-]{0,60}/gu;

/** The board slug of an ATS URL, as letters and digits only ("highlightta"), or null. */
export function boardSlug(url: string | null): string | null {
  const match = url ? BOARD_URL.exec(url) : null;
  const slug = match ? compact(safeDecode(match[1] ?? '')) : '';
  return slug.length >= 2 ? slug : null;
}

function nameSpelledBy(slug: string, text: string): string | null {
  const words: { start: number; end: number; compact: string }[] = [];
  const initial = slug.charAt(0);
  // Only words that can start a name (its initial) or continue one are compacted, the costly part.
  let chain = 0;
  let lastEnd = -10;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    if (word.charAt(0).toLowerCase() === initial) chain = 1;
    else if (chain > 0 && chain < MAX_WORDS && match.index - lastEnd <= 2) chain++;
    else chain = 0;
    lastEnd = match.index + word.length;
    words.push({ start: match.index, end: lastEnd, compact: chain > 0 ? compact(word) : '' });
  }
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (first.compact === '' || !slug.startsWith(first.compact)) continue;
    let joined = '';
    for (let k = i; k < words.length && k < i + MAX_WORDS; k++) {
      if (k > i && words[k]!.compact === '') break;
      joined += words[k]!.compact;
      if (!slug.startsWith(joined)) break;
      if (joined === slug) {
        const name = text.slice(first.start, words[k]!.end).replace(/\s+/g, ' ').replace(/[.'’-]+$/, '');
        if (looksLikeName(name)) return name;
        break;
      }
    }
  }
  return null;
}

/** Written as a name: capitalised, and not a shouted heading ("ABOUT RAMP") unless short. */
function looksLikeName(name: string): boolean {
  const first = name.charAt(0);
  if (first === first.toLowerCase()) return false;
  return name !== name.toUpperCase() || compact(name).length <= 5;
}

function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
