import type { RawPosting } from '../core/raw-posting';
import { looksLikeFrontMatter, parseFrontMatter } from './front-matter';
import { looksLikeHtmlPage, parseHtmlPage } from './html-page';
import { parseMarkdown } from './markdown';
import { MAX_JSON_DEPTH, nestedDeeperThan } from './json-lenient';
import { PostingReadError } from './posting-read-error';
import { readJsonPostings } from './read-json-posting';
import { looksLikeRemoteWlb, parseRemoteWlb } from './remotewlb';

export interface PostingFile {
  text: string;
  /** Only a tie-breaker: the content decides the format. */
  fileName?: string;
  /** Where the posting was found, for formats that do not carry their own URL. */
  url?: string | null;
}

/**
 * The job postings a file holds (usually one; an ATS list payload may hold several),
 * whatever its format: RemoteWLB or front-matter markdown, plain markdown or text, a
 * saved HTML page, schema.org JSON-LD, Greenhouse, Lever, Ashby or Workable JSON. The
 * format is read from the content, the file name breaking ties. Throws PostingReadError,
 * and nothing else, when the file holds no posting with a title.
 */
export function readPostingFile(input: PostingFile): RawPosting[] {
  const text = input.text.startsWith('\ufeff') ? input.text.slice(1) : input.text;
  const fallbackUrl = input.url ?? null;
  const extension = /\.([a-z0-9]{1,10})$/i.exec(input.fileName ?? '')?.[1]?.toLowerCase() ?? '';
  const start = text.trimStart();
  if (start === '') throw new PostingReadError('empty file');
  if (text.slice(0, 4096).includes('\u0000')) throw new PostingReadError('not a text file (binary data)');

  const postings = readByContent(text, start, extension, fallbackUrl);
  // A URL given from outside fills in only a single posting that has none of its own.
  if (fallbackUrl && postings.length === 1 && postings[0]!.url === null) return [{ ...postings[0]!, url: fallbackUrl }];
  return postings;
}

function readByContent(text: string, start: string, extension: string, fallbackUrl: string | null): RawPosting[] {
  const first = start.charAt(0);
  if (first === '{' || (first === '[' && (JSON_EXTENSIONS.has(extension) || startsLikeJsonArray(start)))) {
    // JSON.parse is quick on small input whatever its shape; only a large one is checked first.
    if (start.length > DEPTH_CHECK_FROM && nestedDeeperThan(start, MAX_JSON_DEPTH)) {
      throw new PostingReadError(`no job posting found: JSON nested more than ${MAX_JSON_DEPTH} levels deep`);
    }
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch (error) {
      if (JSON_EXTENSIONS.has(extension) || (first === '{' && !MARKDOWN_EXTENSIONS.has(extension))) {
        throw new PostingReadError(`not valid JSON: ${error instanceof Error ? error.message.split('\n')[0] : 'parse error'}`);
      }
    }
    if (value !== undefined) return readJsonPostings(value, fallbackUrl);
  } else if (JSON_EXTENSIONS.has(extension)) {
    throw new PostingReadError('not valid JSON: the file does not start with { or [');
  }

  const markdownByName = MARKDOWN_EXTENSIONS.has(extension);
  if (first === '<' && (looksLikeHtmlPage(start) ? !markdownByName || startsAsDocument(start) : HTML_EXTENSIONS.has(extension))) {
    const postings = parseHtmlPage(text, fallbackUrl);
    if (postings.length === 0) throw new PostingReadError('no job posting found: HTML page without a JobPosting or any heading');
    return postings;
  }

  if (looksLikeFrontMatter(text)) {
    const posting = parseFrontMatter(text);
    if (posting) return [posting];
    // YAML that does not parse, or no title anywhere: read it as the markdown it also is.
  }
  if (looksLikeRemoteWlb(text)) {
    const posting = parseRemoteWlb(text);
    if (posting) return [posting];
  }
  const posting = parseMarkdown(text);
  if (!posting) {
    throw new PostingReadError('no job posting found: text without a title (a heading or a short first line)');
  }
  return [posting];
}

/** Below this size JSON.parse takes well under a millisecond, however deep the nesting. */
const DEPTH_CHECK_FROM = 64 * 1024;
const JSON_EXTENSIONS = new Set(['json', 'jsonld']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown', 'txt', 'text']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);

/** "[{", "[\n  {", "[]", "[1": a JSON array, not a markdown link "[Title](…)". */
function startsLikeJsonArray(start: string): boolean {
  return /^\[\s{0,200}(?:[{["\]\d-]|true|false|null)/.test(start);
}

function startsAsDocument(start: string): boolean {
  const head = start.slice(0, 64).toLowerCase();
  return head.startsWith('<!doctype') || head.startsWith('<html');
}
