import type { RawPosting } from '../core/raw-posting';
import { looksLikeAshby, parseAshby } from './ashby';
import { looksLikeGreenhouse, parseGreenhouse } from './greenhouse';
import { looksLikeJsonLd, parseJsonLd } from './json-ld';
import { looksLikeLever, parseLever } from './lever';
import { PostingReadError } from './posting-read-error';
import { looksLikeWorkable, parseWorkable } from './workable';

interface JsonFormat {
  name: string;
  looksLike(value: unknown): boolean;
  parse(value: unknown, fallbackUrl: string | null): RawPosting[];
}

/** Most specific first: a JSON-LD @type is unambiguous; the ATS shapes are told apart by their fields. */
const FORMATS: readonly JsonFormat[] = [
  { name: 'JSON-LD JobPosting', looksLike: looksLikeJsonLd, parse: parseJsonLd },
  { name: 'Greenhouse job', looksLike: looksLikeGreenhouse, parse: parseGreenhouse },
  { name: 'Lever posting', looksLike: looksLikeLever, parse: parseLever },
  { name: 'Ashby job', looksLike: looksLikeAshby, parse: parseAshby },
  { name: 'Workable job', looksLike: looksLikeWorkable, parse: parseWorkable },
];

/** The postings of a parsed JSON payload, or a PostingReadError saying what the JSON was instead. */
export function readJsonPostings(value: unknown, fallbackUrl: string | null): RawPosting[] {
  const format = FORMATS.find((f) => f.looksLike(value));
  if (!format) throw new PostingReadError(`no job posting found: ${describeJson(value)} is not a known posting format`);
  const postings = format.parse(value, fallbackUrl);
  if (postings.length === 0) throw new PostingReadError(`no job posting found: ${format.name} data without a title`);
  return postings;
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return `JSON array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value === null || typeof value !== 'object') return `JSON ${value === null ? 'null' : typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty JSON object';
  const shown = keys.slice(0, 8).map((key) => (key.length > 30 ? `${key.slice(0, 30)}…` : key));
  return `JSON with keys ${shown.join(', ')}${keys.length > shown.length ? ', …' : ''}`;
}
