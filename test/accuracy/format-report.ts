import type { AccuracyReport, FieldMiss, SkillMiss } from './score';
import { SCORED_FIELDS } from './score';

/** The figures, one a line, as `npm run bench` prints its own. */
export function formatFigures(report: AccuracyReport): string[] {
  const lines = SCORED_FIELDS.map((f) => `accuracy-${f}: ${report.fields[f].right}/${report.fields[f].scored}`);
  lines.push(`accuracy-fields: ${(report.fieldsShare * 100).toFixed(1)} %`);
  lines.push(`accuracy-skills-required-f1: ${report.skillsRequired.f1.toFixed(2)}`);
  lines.push(`accuracy-skills-all-f1: ${report.skillsAll.f1.toFixed(2)}`);
  return lines;
}

/** Every miss, one a line: file, field, expected, got. */
export function formatMisses(report: AccuracyReport): string[] {
  const lines = report.misses.map((miss) =>
    'missing' in miss ? formatSkillMiss(miss) : formatFieldMiss(miss),
  );
  for (const [name, score] of [
    ['required', report.skillsRequired],
    ['all', report.skillsAll],
  ] as const) {
    lines.push(
      `skills-${name}: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)} ` +
        `(${score.truePositives} right, ${score.falsePositives} extra, ${score.falseNegatives} missed)`,
    );
  }
  return lines;
}

function formatFieldMiss(miss: FieldMiss): string {
  return `${miss.file}  ${miss.field}  expected ${JSON.stringify(miss.expected)}  got ${JSON.stringify(miss.got)}`;
}

function formatSkillMiss(miss: SkillMiss): string {
  const parts = [];
  if (miss.missing.length > 0) parts.push(`missing ${JSON.stringify(miss.missing)}`);
  if (miss.extra.length > 0) parts.push(`extra ${JSON.stringify(miss.extra)}`);
  return `${miss.file}  ${miss.field}  ${parts.join('  ')}`;
}
