/**
 * Which dollar a bare "$" means, from where the job is. A posting in Sydney that says
 * "$150,000" pays Australian dollars; one in Toronto, Canadian. Only places that say their
 * country unambiguously count: "WA" and "CA" are also US states, so they never decide.
 */
const PLACES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:Canada|Canadian)\b|,\s*(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)(?:\s*,|\s*$)|\b(?:Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia)\b/, 'CAD'],
  [/\bAustralia\b|\b(?:NSW|VIC|QLD|TAS|ACT)\b|\b(?:New South Wales|Victoria|Queensland|Tasmania)\b/, 'AUD'],
  [/\bNew Zealand\b|\bAotearoa\b|,\s*NZ\s*$/, 'NZD'],
  [/\bSingapore\b/, 'SGD'],
  [/\bHong Kong\b/, 'HKD'],
  [/\bMexico\b|\bMéxico\b/, 'MXN'],
];

/** Also a US place: "New Mexico", "Victoria, TX". Such a place never decides. */
const US_PLACE = /\bNew Mexico\b|,\s*(?:TX|MN|KS|VA)\b|\b(?:USA|United States)\b/;

/** The local dollar of a location as written, or null when it names none (or is in the US). */
export function localDollarOf(location: string | null | undefined): string | null {
  if (!location || US_PLACE.test(location)) return null;
  for (const [place, dollar] of PLACES) if (place.test(location)) return dollar;
  return null;
}
