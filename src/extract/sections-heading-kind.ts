import type { SectionKind } from '../core/job';
import { cleanInline } from './normalize-text';

/**
 * What a section heading says the section is. Postings head the same thing in dozens of
 * ways ("What you bring", "Must have", "Who you are", "Your profile"), so this is a list
 * of word patterns tried in order; the order settles the headings that could be read two
 * ways, and each rule says why it sits where it does.
 *
 * Every pattern runs on a lower-cased heading of at most HEADING_MAX characters, uses only
 * literal alternations, and bounds any wildcard, so none can backtrack badly.
 */

/** Longer than this, a "heading" is a sentence; only its start is looked at. */
const HEADING_MAX = 120;

interface HeadingRule {
  kind: SectionKind;
  pattern: RegExp;
}

/**
 * Legal and boilerplate blocks first: "Inclusive hiring process" or "Benefits for employees
 * with disabilities" are EEO statements, not a process or benefits list.
 */
const BOILERPLATE: HeadingRule = {
  kind: 'other',
  pattern:
    /\b(?:equal (?:employment )?opportunit|eeoc?\b|e-verify|diversity|inclusion|inclusive|accommodation|accessib|disabilit|discriminat|privacy|gdpr|data protection|legal|disclaimer|notices?\b|fraud|scam|affirmative action|background check|export control|hipaa|referral instructions|hiring guidelines)/,
};

/** "Requirements and preferred experience", "Minimum and preferred qualifications": one mixed list, read as requirements. */
const MUST =
  /\b(?:requirements?|required|minimum|basic|must[- ]haves?|must have|essential|mandatory|what you (?:need|must have))\b/;

const NOT_REQUIRED = /\bnot (?:required|mandatory)/;
const JOINED = /\b(?:and|or)\b|\//;

/**
 * Nice-to-have before requirements ("Preferred qualifications" contains "qualifications")
 * and before compensation ("Bonus points" is not pay).
 */
const NICE_TO_HAVE =
  /\b(?:nice[- ]to[- ]ha(?:ve|ves)|(?:good|great)[- ]to[- ]ha(?:ve|ves)|bonus (?:points?|skills|if|qualifications|experience)|^bonus$|^bonus (?:track|round|section)\b|pluse?s?$|a plus|is a plus|extra (?:credit|points)|preferred|preferences?|desired|desirable|ideally|not (?:required|mandatory)|but not required|would be (?:great|nice|a plus|awesome)|great if|(?:even )?better if|we(?:'d| would) love (?:it )?if|stand out|set(?:s)? you apart|optional|added advantage|brownie points|icing on the cake|shine if)/;

/** Compensation before benefits: "Compensation & Benefits" is where the pay range is. */
const COMPENSATION =
  /\b(?:compensation|salary|salaries|pay(?: range| transparency| band| scale)?\b|remuneration|wages?\b|\bote\b|on-target earnings|earnings|hourly rate|day rate|\brate\b|equity and pay|base pay|money)/;

const BENEFITS =
  /\b(?:benefits?|perks?|what we offer|we offer|(?:have|has) to offer|offers? you|(?:our|the) offer\b|why (?:join|work|you(?:'ll| will) love|us\b|choose|should)|why [^?]{1,40}\?|^why (?!this|the role|we)|avantages|beneficios|wir bieten|what(?:'s| is) in it for you|what you(?:'ll| will)? get\b|you(?:'ll| will) get\b|in return|what you can expect from us|we provide|we(?:'ll| will) give|we(?:'re| are) offering|total rewards?|rewards|life at|working at |how [^?]{1,30} supports?|support(?:s)? you|(?:this|the) (?:job|role|position) (?:can )?offers?|you(?:'ll| will) (?:receive|enjoy|love)|package|insurance|wellness|well-?being|parental|retirement|time off|vacation|holidays?|career (?:growth|development)|learning (?:and|&) development|growth opportunities)/;

const PROCESS =
  /\b(?:(?:application|hiring|interview|recruit(?:ment|ing)|selection|our|the) process|how to apply|apply(?: now| here| today)?$|applying|next steps|what happens next|what to expect|interviews?\b|steps? (?:to|need)|to be considered|how we hire|submit your application|recruitment philosophy|processus|proceso de selecci)/;

/**
 * "About the job", "About the team", "More about Hopper": about, before "the job" and "team"
 * pull them elsewhere. "About you" is the candidate, so requirements.
 */
const ABOUT_FIRST = /^(?:more )?about (?!you\b|yourself\b)/;

/**
 * Requirements phrased as a role ("You should apply if", "What you'll need", "What you
 * bring") come before responsibilities, whose "you'll" would otherwise catch them.
 */
const REQUIREMENTS_FIRST =
  /\b(?:should apply if|apply if you|what (?:you(?:'ll| will)?|we) (?:need|bring|have|require)|you(?:'ll| will) need|you(?:'ll| will) (?:bring|have)|you bring|what it takes|to (?:succeed|be successful)|be successful (?:in|if)|you succeed|you(?:'ll| will) (?:thrive|succeed|excel)|thrive (?:in|if)|is this you|might be (?:a|an|the)\b|(?:what )?(?:does it|it) takes?\b|you may be a|you(?:'re| are) a (?:good|great) fit|a (?:good|great) fit|ideal candidate|successful candidate|the right (?:person|candidate)|who (?:we(?:'re| are)|are we) looking for|what (?:are )?we(?:'re| are)? (?:looking for|seeking|expecting|expect|need)|we(?:'re| are) looking for|looking for)/;

const RESPONSIBILITIES =
  /\b(?:responsibilit|responsabilit|duties|tasks?\b|day[- ]to[- ]day|day in|typical day|what will you (?:do|be doing)|your focus|what you(?:'ll| will)(?: be)? (?:do|doing|work on|working on|own|build|achieve|accomplish|tackle|focus on|contribute)|you(?:'ll| will) (?:be )?(?:do|doing|work|working|own|build|lead|help|drive|design|develop|create|manage|support|contribute|partner|be responsible)|you will\b|you(?:'ll)$|in this (?:role|position)|your (?:role|tasks?|missions?|day|impact|job|work|responsibilities|contributions?|challenges?|journey|first)|the job\b|what (?:the|this) (?:job|role|position) (?:involves|entails|looks like)|what (?:does|would) (?:the|this|your)[^?]{0,30}(?:look like|involve|entail)|key (?:accountabilit|areas|objectives|deliverables|result)|accountabilit|scope of|objectives|outcomes|expectations? for|within (?:your )?(?:one|two|three|six|twelve|a|the first|\d{1,2}) (?:months?|years?|days?)|in (?:the|your) first|first \d{1,3} days|\d{2,3} day mark|job (?:functions|role)|the mandate|responsabilidades|aufgaben|vos missions|30[^a-z]{0,6}60|how you(?:'ll| will) (?:contribute|make an impact|help)|impact you(?:'ll| will) have|what we need you to do|exciting challenges|challenges you|what you(?:'ll| will) be)/;

const REQUIREMENTS =
  /\b(?:requirements?|requisitos|qualifications?|qualified|must[- ]haves?|must have|who you are|about you\b|you have\b|you are\b|you(?:'re| are) good at|you rock at|you should|you must|you need|are you\b|your (?:profile|background|experience|skills|expertise|qualifications|strengths)|^profile$|(?:candidate|ideal|the) profile|skills|experience\b|expertise|competenc|knowledge|education|candidate|prerequisite|essential|minimum|required|what makes you|what (?:do )?you need|(?:we|you) need\b|your colleagues say|says that you|key (?:skills|attributes)|attributes|personality|abilities|capabilities|profil\b|perfil|requisitos|votre profil)/;

const ABOUT =
  /\b(?:about|who (?:we are|are we)|(?:our|the) (?:company|mission|story|team|vision|values|culture|product|products|platform|client|customers|stack|tech(?:nology)?(?: stack)?|business|organi[sz]ation|opportunity|role|position|job|challenge|project)\b|company (?:description|overview|profile|information|background)|overview|introduction|intro\b|(?:job|position|role) (?:description|summary|overview|purpose|profile)|^description|summary|what (?:we do|do we do)|what we(?:'re| are) building|we(?:'re| are)\b|who we|why we|context|meet |culture|values|principles|tech stack|technolog|where we(?:'re| are) going|how we work|team\b|opportunity|what(?:'s| is) the (?:opportunity|role)|where do you fit|work with\?|the gig)/;

/** Headings that say the section is something else: logistics, notes, apply buttons. */
const EXPLICIT_OTHER =
  /\b(?:practicals?|logistics|details|location|locations|travel|additional information|other information|more information|notes?\b|contact|misc|miscellaneous|hashtags?|tags|start date|work (?:hours|schedule)|schedule|visa|relocation|click to|apply$)/;

/**
 * The order of the rules is the precedence: the first that matches wins. EXPLICIT_OTHER
 * comes last so "Location & benefits" is benefits but plain "Location" is other.
 */
const RULES: readonly HeadingRule[] = [
  BOILERPLATE,
  { kind: 'nice-to-have', pattern: NICE_TO_HAVE },
  { kind: 'compensation', pattern: COMPENSATION },
  { kind: 'benefits', pattern: BENEFITS },
  { kind: 'about', pattern: ABOUT_FIRST },
  { kind: 'requirements', pattern: REQUIREMENTS_FIRST },
  { kind: 'process', pattern: PROCESS },
  { kind: 'responsibilities', pattern: RESPONSIBILITIES },
  { kind: 'requirements', pattern: REQUIREMENTS },
  { kind: 'about', pattern: ABOUT },
  { kind: 'other', pattern: EXPLICIT_OTHER },
];

/** "Minimum and preferred qualifications" names two lists in one; "Preferred requirements" names one. */
function isMixedList(key: string): boolean {
  return MUST.test(key) && JOINED.test(key) && !NOT_REQUIRED.test(key);
}

/** The heading as the rules read it: plain words, lower case, straight apostrophes, "&" as "and". */
export function headingKey(heading: string): string {
  // Sliced before cleaning too: a megabyte "heading" must not be cleaned in full to read 120 characters.
  let key = cleanInline(heading.slice(0, HEADING_MAX * 4)).toLowerCase();
  // cleanInline leaves single spaces only; a double space can come only from "&" → " and ".
  if (QUOTE_OR_AMPERSAND.test(key)) key = key.replace(QUOTES, "'").replace(/&/g, ' and ').replace(/\s+/g, ' ');
  return trimEndPunctuation(key.slice(0, HEADING_MAX)).trim();
}

const QUOTE_OR_AMPERSAND = /[\u2018\u2019\u02bc`´&]/;
const QUOTES = /[\u2018\u2019\u02bc`´]/g;

/** Spaces, colons, full stops, "!" and "…" off the end; a loop, as /[…]+$/ retries from every position of a run. */
function trimEndPunctuation(key: string): string {
  let end = key.length;
  while (end > 0 && END_PUNCTUATION.includes(key.charAt(end - 1))) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** The only whitespace left in a key is " " (cleanInline collapses the rest). */
const END_PUNCTUATION = ' :.!…';

/**
 * The kind a heading names, or null when the words say nothing recognisable (a company
 * name, a product area): the caller then decides from context. 'other' is returned only
 * for headings that positively say "not one of the kinds" (EEO statements, "Practicals").
 */
export function classifyHeading(heading: string): SectionKind | null {
  const key = headingKey(heading);
  if (key === '') return null;
  for (const rule of RULES) {
    if (!rule.pattern.test(key)) continue;
    if (rule.kind === 'nice-to-have' && isMixedList(key)) return 'requirements';
    return rule.kind;
  }
  return null;
}
