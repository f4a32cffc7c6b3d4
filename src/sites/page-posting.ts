import { z } from 'zod';
import { EmploymentType, Salary, Source, Workplace } from '../core/job';
import {
  MAX_PAGE_FIELD,
  MAX_PAGE_HEADING,
  MAX_PAGE_JSON_LD_CHARS,
  MAX_PAGE_JSON_LD_NODES,
  MAX_PAGE_SECTIONS,
  MAX_PAGE_SECTIONS_TEXT,
} from './page-posting-limits';

/*
 * What a content script sends the background about a page: the site's own fields and the
 * page's JobPosting JSON-LD nodes, still unmapped. The background maps and merges them
 * (assemble-posting.ts), so the JSON-LD mapping and its Zod schemas stay out of the content
 * script. This file is the message's schema: the background parses every PagePosting with
 * it, and the content script imports its TYPES only (a runtime import would bundle Zod).
 */

const Field = z.string().max(MAX_PAGE_FIELD);

const PageSection = z.object({
  heading: z.string().max(MAX_PAGE_HEADING),
  text: z.string().max(MAX_PAGE_SECTIONS_TEXT),
});

/** PostingHints (src/core/raw-posting.ts) with every string bounded: it arrives from a page. */
const PageHints = z.object({
  workplace: Workplace.nullable().optional(),
  employmentType: EmploymentType.nullable().optional(),
  salary: Salary.extend({ text: Field }).nullable().optional(),
  boardSalaryText: Field.nullable().optional(),
  boardDollar: z.enum(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']).nullable().optional(),
  postedAt: z.string().max(64).nullable().optional(),
  tags: z.array(z.string().max(200)).max(50).optional(),
});

/** What a site adapter reads off the page's DOM; null or empty for what it could not find. */
export const SiteFields = z.object({
  title: Field.nullable(),
  company: Field.nullable(),
  location: Field.nullable(),
  sections: z
    .array(PageSection)
    .max(MAX_PAGE_SECTIONS)
    .refine((sections) => sectionsTextLength(sections) <= MAX_PAGE_SECTIONS_TEXT, { message: `sections hold more than ${MAX_PAGE_SECTIONS_TEXT} characters` }),
  /** Pay as the site shows it outside the description (a chip, a pay-range box). */
  salaryText: Field.nullable().optional(),
  hints: PageHints.optional(),
});
export type SiteFields = z.infer<typeof SiteFields>;

/** A parsed JSON-LD object (not an array or a primitive); its fields are read by the mapping. */
const JsonLdNode = z.unknown().refine((node) => typeof node === 'object' && node !== null && !Array.isArray(node), {
  message: 'a JSON-LD node is an object',
});

export const PagePosting = z.object({
  /** The adapter that read the page; 'jsonld' for the generic one, which has no site fields. */
  source: Source,
  /** The site's canonical address for the posting: what it is saved under. */
  url: z.string().min(1).max(8_192),
  site: SiteFields,
  /** The page's schema.org JobPosting nodes, in page order, as parsed from its ld+json blocks. */
  jsonLd: z
    .array(JsonLdNode)
    .max(MAX_PAGE_JSON_LD_NODES)
    .refine((nodes) => jsonLength(nodes) <= MAX_PAGE_JSON_LD_CHARS, { message: `JSON-LD is longer than ${MAX_PAGE_JSON_LD_CHARS} characters` }),
});
export type PagePosting = z.infer<typeof PagePosting>;

function sectionsTextLength(sections: readonly { text: string }[]): number {
  return sections.reduce((sum, section) => sum + section.text.length, 0);
}

/** The nodes' length as JSON; Infinity when they cannot be written as JSON (a cycle, a BigInt). */
function jsonLength(nodes: readonly unknown[]): number {
  try {
    return nodes.reduce<number>((sum, node) => sum + (JSON.stringify(node)?.length ?? 0), 0);
  } catch {
    return Infinity;
  }
}
