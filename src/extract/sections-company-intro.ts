/**
 * Text with no heading (before the first one, or under a heading that names nothing, like a
 * bare company name) is 'about' only when it clearly introduces the company: its opening
 * paragraph talks like a company about itself and not yet about the role.
 */

/** How much of the opening is read: the first paragraph, and no more than this. */
const OPENING_CHARS = 600;

const COMPANY_TALK =
  /\b(?:we are an?|we're an?|we are the|we're the|founded in|founded by|since (?:19|20)\d\d|our mission|our vision|our company|our customers|our clients|our platform|our products?|headquartered|backed by|funded by|series [a-h]\b|funding|(?:'s|whose|who's) mission|is the (?:most|global|only|largest|leading)|is an? (?:leading|global|fast|growing|remote|world|well|venture|privately|publicly|\w{1,20}-(?:based|first|backed|growth|leading))|is the (?:world's|leading|largest|first)|(?:company|startup|platform|leader|provider|agency|organi[sz]ation|firm|marketplace|business) (?:that|which|for|dedicated)|we (?:build|help|make|provide|believe|enable|empower|create|develop|design|offer|serve|power|connect)\b|(?:is|are) (?:building|on a mission|transforming|revolutioni[sz]ing|reinventing|changing)|employees|team members across)/i;

const ROLE_TALK =
  /\b(?:you will|you'll|you['’]ll|your role|we are (?:looking|seeking|hiring|searching)|we['’]re (?:looking|seeking|hiring|searching)|looking for an?\b|this (?:role|position|job)|the (?:role|position)\b|as an? [\w -]{1,40}(?:engineer|developer|manager|designer|analyst|specialist|scientist|lead|architect), you|responsibilities|requirements|qualifications)/i;

/**
 * Openings that introduce the company whatever follows them: "Acme is a …", "At Acme, we …",
 * "We are a …", "Founded in …", "Headquarters: …". Read on the first sentence only, and
 * letter case matters: the company is a capitalised name.
 */
const COMPANY_OPENING =
  /^(?:(?:[Hh]ere )?[Aa]t \p{Lu}[^,.]{0,40},? we\b|(?:\p{Lu}[\p{L}\p{N}.&'’+-]{0,30},? ){0,4}(?:[Ii]nc\.?,? |[Ll]td\.?,? )?(?:is|are) (?:a|an|the)\b|[Ww]e(?: are|'re|’re) (?:a|an|the)\b|[Ff]ounded in\b|[Hh]eadquarters:|[Oo]ur (?:mission|vision|company)\b)/u;
const OPENING_SENTENCE_CHARS = 200;

export function isCompanyIntro(text: string): boolean {
  const firstParagraph = openingParagraph(text);
  if (COMPANY_OPENING.test(firstParagraph.slice(0, OPENING_SENTENCE_CHARS))) return true;
  return COMPANY_TALK.test(firstParagraph) && !ROLE_TALK.test(firstParagraph);
}

/** The first non-blank line (normalized text has one paragraph per line), cut to OPENING_CHARS. */
function openingParagraph(text: string): string {
  const head = text.slice(0, OPENING_CHARS * 4);
  for (let start = 0; start < head.length; ) {
    const newline = head.indexOf('\n', start);
    const end = newline === -1 ? head.length : newline;
    const line = head.slice(start, end);
    if (line.trim() !== '') return line.slice(0, OPENING_CHARS);
    if (newline === -1) break;
    start = newline + 1;
  }
  return '';
}
