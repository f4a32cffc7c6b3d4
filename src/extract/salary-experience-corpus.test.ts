import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { Experience, type JobSection, Salary, type SectionKind } from '../core/job';
import { extractExperience } from './experience';
import { extractSalary } from './salary';

/**
 * Runs the salary and experience extractors over the shared development corpus (real
 * postings, kept outside the repo) and prints what they found, for measuring and spot
 * checks. The corpus is split into sections here with a rough reader of its own, so this
 * test does not depend on the source readers being finished.
 */
const corpusDir = path.resolve(__dirname, '../../../shared/corpus');

// --- A rough reader for the corpus formats (test-only) ---------------------------------

const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86,
  0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c,
  0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Undoes "UTF-8 read as windows-1252": "â€™" → "’", "ðŸ’°" → "💰". */
function repairMojibake(text: string): string {
  if (!/[ÂâÃð]/.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x100) bytes.push(code);
    else if (CP1252_HIGH[code] !== undefined) bytes.push(CP1252_HIGH[code]);
    else return text; // a character windows-1252 cannot hold: the file is not mojibake
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

function kindOf(heading: string): SectionKind {
  const h = heading.toLowerCase();
  if (/salary|compensation|\bpay\b|remuneration/.test(h)) return 'compensation';
  if (/nice|bonus|plus|preferred/.test(h)) return 'nice-to-have';
  if (/require|qualif|looking for|you bring|you have|must|need|skills|experience|about you|who you are|profile|candidate/.test(h)) {
    return 'requirements';
  }
  if (/benefit|perks|offer|why/.test(h)) return 'benefits';
  if (/do|responsib|role|day/.test(h)) return 'responsibilities';
  if (/process|apply|interview/.test(h)) return 'process';
  return 'other';
}

function markdownSections(body: string): JobSection[] {
  const sections: JobSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const flush = () => {
    if (lines.join('').trim()) sections.push({ kind: kindOf(heading), heading, text: lines.join('\n') });
    lines = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.replace(/^\s{0,6}[*•]\s+/, '- ');
    const isHeading = /^#{1,6}\s/.test(line) || /^\*\*[^*]{2,80}\*\*:?\s*$/.test(line.trim());
    if (isHeading) {
      flush();
      heading = line.replace(/^#{1,6}\s*/, '').replace(/\*\*/g, '').trim();
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

function htmlToText(html: string): string {
  return decodeHTML(
    html
      .replace(/<(script|style)[^>]{0,200}>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/(p|li|div|h\d|br)>|<br\s?\/?>/gi, '\n')
      .replace(/<[^>]{0,2000}>/g, ' '),
  );
}

function jsonStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (value.length > 40) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) jsonStrings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) jsonStrings(v, out);
  }
}

interface Posting {
  title: string;
  sections: JobSection[];
  boardSalaryText: string | null;
  raw: string;
}

function readPosting(file: string): Posting {
  const raw = repairMojibake(readFileSync(path.join(corpusDir, file), 'utf8'));
  if (file.endsWith('.json')) {
    const strings: string[] = [];
    jsonStrings(JSON.parse(raw), strings);
    const text = htmlToText(htmlToText(strings.join('\n')));
    return { title: '', sections: [{ kind: 'other', heading: '', text }], boardSalaryText: null, raw: text };
  }
  if (file.endsWith('.html')) {
    const text = htmlToText(raw);
    return { title: '', sections: [{ kind: 'other', heading: '', text }], boardSalaryText: null, raw: text };
  }
  let body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
  const title = /^# \[([^\]]{1,200})\]/m.exec(body)?.[1] ?? '';
  const board = /`💰\s?([^`]{0,120})`/u.exec(body);
  if (board) body = body.replace(/^.{0,20}`💰.*$/mu, '');
  return { title, sections: markdownSections(body), boardSalaryText: board ? board[1]!.trim() : null, raw: body };
}

// --- Measuring --------------------------------------------------------------------------

/** A currency figure written in the text: "$120", "120 €", "USD 90", "90k EUR". */
const CURRENCY_FIGURE =
  /[$€£¥₹]\s?\d|\d\s?(?:€|£|zł)|\b(?:USD|EUR|GBP|CAD|AUD|CHF|PLN|INR|SEK|NOK|DKK)\s?\$?\d|\d[\d,.]{0,12}k?\s?(?:USD|EUR|GBP|CAD|AUD|CHF|PLN|INR|SEK|NOK|DKK)\b/;

/** The source with markdown marks and spacing removed, to check `text` is verbatim. */
const plain = (s: string) => s.replace(/[*_\\]/g, '').replace(/\s+/g, ' ').trim();

describe.skipIf(!existsSync(corpusDir))('salary and experience over the shared corpus', () => {
  const files = existsSync(corpusDir)
    ? readdirSync(corpusDir).filter((f) => /\.(md|json|html)$/.test(f) && f !== 'SOURCES.md')
    : [];
  const postings = files.map((file) => ({ file, ...readPosting(file) }));
  const results = postings.map((p) => {
    const salary = extractSalary({ title: p.title, sections: p.sections, boardSalaryText: p.boardSalaryText });
    const experience = extractExperience(p.sections);
    return { ...p, salary, experience, hasFigure: CURRENCY_FIGURE.test(p.raw) };
  });

  it('prints the counts and every result, for spot checks', () => {
    const withFigure = results.filter((r) => r.hasFigure).length;
    const employer = results.filter((r) => r.salary?.origin === 'employer').length;
    const estimate = results.filter((r) => r.salary?.origin === 'estimate').length;
    const withExperience = results.filter((r) => r.experience).length;
    const lines = results.map((r) => {
      const s = r.salary;
      const pay = s ? `${s.min ?? '…'}-${s.max ?? '…'} ${s.currency}/${s.period} ${s.kind} ${s.origin} «${s.text.slice(0, 90)}»` : '-';
      const exp = r.experience ? `${r.experience.minYears}..${r.experience.maxYears ?? ''} «${r.experience.text.slice(0, 60)}»` : '-';
      return `${r.hasFigure ? '$' : ' '} ${r.file.slice(0, 60).padEnd(60)} | ${pay} | ${exp}`;
    });
    console.log(
      [
        `files: ${results.length}; with a currency figure in the text: ${withFigure}`,
        `salary from the body: ${employer}; board estimate only: ${estimate}; experience: ${withExperience}`,
        ...lines,
      ].join('\n'),
    );
    expect(results.length).toBeGreaterThan(0);
  });

  it('returns values that satisfy the data model', () => {
    for (const r of results) {
      if (r.salary) expect(Salary.safeParse(r.salary).success, r.file).toBe(true);
      if (r.experience) expect(Experience.safeParse(r.experience).success, r.file).toBe(true);
    }
  });

  it('keeps salary and experience text verbatim from the posting', () => {
    for (const r of results) {
      const source = plain(r.raw);
      if (r.salary?.origin === 'employer') {
        const parts = r.salary.text.replace(/^\d+ ranges: /, '').split('; ').filter((p) => p !== '…');
        for (const part of parts) expect(source.includes(plain(part)), `${r.file}: ${part}`).toBe(true);
      }
      if (r.experience) expect(source.includes(plain(r.experience.text)), r.file).toBe(true);
    }
  });

  it('finds no body salary where the text has no currency figure', () => {
    const invented = results.filter((r) => !r.hasFigure && r.salary?.origin === 'employer');
    expect(invented.map((r) => r.file)).toEqual([]);
  });

  it('finds pay in most postings that state a range and experience in most postings', () => {
    const employer = results.filter((r) => r.salary?.origin === 'employer').length;
    const withExperience = results.filter((r) => r.experience).length;
    // Floors measured on this corpus (see the printed counts), to catch regressions.
    expect(employer).toBeGreaterThanOrEqual(60);
    expect(withExperience).toBeGreaterThanOrEqual(205);
  });
});
