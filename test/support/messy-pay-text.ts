import fc from 'fast-check';
import type { JobSection } from '../../src/core/job';

/**
 * Text built from the pieces salary and experience parsing cares about — digits, separators,
 * currency marks, range words, period words — so random strings reach the tricky paths.
 */
const piece = fc.constantFrom(
  '$', '€', '£', '¥', '₹', 'USD', 'EUR', 'CAD', 'CA$', 'kr', 'zł', 'PLN', 'k', 'K', 'M', 'LPA',
  '0', '1', '5', '12', '120', '1,000', '45.000', '60 000', "60'000", '12,00,000', '204.4', '.5', ',00',
  ' ', ' ', '\u00A0', '\u202F', '\n', '-', '–', '—', '~', '+', '%', '/', '(', ')', ':', ';', '.', ',',
  ' to ', ' and ', ' between ', ' up to ', ' from ', ' per year', '/hr', ' monthly', ' p.a.',
  ' salary', ' base', ' OTE', ' equity', ' budget', ' raised', ' years', ' yrs', '+ years',
  ' of experience', ' at least ', ' five (5) ', ' founded ', ' ago', '**', '- ', '💰', '`',
);
export const messyPayText: fc.Arbitrary<string> = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((p) => p.join(''));

/** The text as both the requirements and the pay section: each extractor reads it twice. */
export const payAndYearsSections = (text: string): JobSection[] => [
  { kind: 'requirements', heading: '', text },
  { kind: 'compensation', heading: text.slice(0, 20), text },
];

/** About a megabyte of the pieces joined, repeated: a fuzzed input built to make patterns backtrack. */
export function megabyteOf(parts: readonly string[]): string {
  const unit = parts.join(' ') || '$1 ';
  return unit.repeat(Math.ceil(1_000_000 / unit.length));
}
