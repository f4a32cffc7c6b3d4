import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { RawPosting } from '../core/raw-posting';
import { repairMojibake } from '../extract/normalize-text';
import { simpleFrontMatter } from './front-matter-simple';
import { isoDateFrom } from './hint-date';
import { employmentTypeFrom } from './hint-employment-type';
import { lexMarkdown, blocksToSections } from './markdown-sections';
import { textField } from './text-field';
import { titleFromBlocks } from './markdown';

/*
 * Markdown with YAML front matter (static-site job boards):
 *
 *   ---
 *   title: "Senior Backend Engineer"
 *   location: "Remote"
 *   companyName: "Beat"
 *   url: "https://…"            (applyUrl as a fallback)
 *   timestamp: 1624226400000     (ms since the epoch)
 *   hashtags: "#rest,#golang"
 *   ---
 *   body…
 */

/** Front matter this large is not a posting's metadata; YAML would take too long on it. */
const MAX_FRONT_MATTER = 64 * 1024;

const FrontMatter = z.looseObject({
  title: z.unknown().optional(),
  location: z.unknown().optional(),
  companyName: z.unknown().optional(),
  company: z.unknown().optional(),
  url: z.unknown().optional(),
  applyUrl: z.unknown().optional(),
  timestamp: z.unknown().optional(),
  date: z.unknown().optional(),
  hashtags: z.unknown().optional(),
  employmentType: z.unknown().optional(),
});

export function looksLikeFrontMatter(text: string): boolean {
  return splitFrontMatter(text) !== null;
}

/**
 * The posting, or null when the text has no front matter, the YAML does not parse to a
 * mapping, or neither the front matter nor the body gives a title. Never throws: a YAML
 * error means "not front matter", and the caller reads the file as plain markdown.
 */
export function parseFrontMatter(text: string): RawPosting | null {
  const split = splitFrontMatter(text);
  if (!split) return null;
  let data: unknown = simpleFrontMatter(split.yaml);
  if (data === null) {
    try {
      data = parseYaml(split.yaml, { maxAliasCount: 50, prettyErrors: false });
    } catch {
      return null;
    }
  }
  const parsed = FrontMatter.safeParse(data);
  if (!parsed.success) return null;
  const fields = parsed.data;

  const blocks = lexMarkdown(repairMojibake(split.body));
  const titleFromBody = titleFromBlocks(blocks);
  const title = stringField(fields.title) ?? titleFromBody?.title ?? null;
  if (!title) return null;
  const url = urlField(fields.url) ?? urlField(fields.applyUrl);
  return {
    source: 'frontmatter',
    url,
    title,
    company: stringField(fields.companyName) ?? stringField(fields.company),
    location: stringField(fields.location),
    sections: blocksToSections(stringField(fields.title) ? blocks : (titleFromBody?.rest ?? blocks)),
    hints: {
      postedAt: isoDateFrom(fields.timestamp) ?? isoDateFrom(dateValue(fields.date)),
      employmentType: employmentTypeFrom(fields.employmentType),
      tags: hashtags(fields.hashtags),
    },
  };
}

/** The YAML between a leading "---" line and the next "---" (or "...") line, and the body after. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | null {
  const start = text.startsWith('\ufeff') ? 1 : 0;
  if (!text.startsWith('---', start)) return null;
  const firstBreak = text.indexOf('\n', start);
  if (firstBreak < 0 || text.slice(start, firstBreak).trim() !== '---') return null;
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m;
  close.lastIndex = 0;
  const rest = text.slice(firstBreak + 1, firstBreak + 1 + MAX_FRONT_MATTER + 8);
  const match = close.exec(rest);
  if (!match || match.index > MAX_FRONT_MATTER) return null;
  return {
    yaml: rest.slice(0, match.index),
    body: text.slice(firstBreak + 1 + match.index + match[0].length),
  };
}

function stringField(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return textField(repairText(value));
}

function repairText(value: unknown): unknown {
  return typeof value === 'string' ? repairMojibake(value) : value;
}

function urlField(value: unknown): string | null {
  const text = textField(value);
  return text && /^https?:\/\/\S+$/i.test(text) ? text : null;
}

/** YAML turns an unquoted 2021-06-20 into a Date; the pure date helper wants a string. */
function dateValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** "#rest,#golang, #mysql" (or a YAML list) → ["rest", "golang", "mysql"]. */
function hashtags(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = items
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim().replace(/^#+/, '').trim())
    .filter((item) => item !== '' && item.length <= 60);
  return tags.length > 0 ? tags : undefined;
}
