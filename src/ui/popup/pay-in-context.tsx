import { useId, useMemo, useState } from 'preact/hooks';
import type { JobRow } from '../../compare/job-list';
import {
  annualTarget,
  fractionOn,
  PAY_RELATION_WORDS,
  payContext,
  type PayContext,
  type PayPoint,
  type PayRelation,
} from '../../compare/pay-context';
import { formatMoneyCompact, formatRange, formatScaledSalary } from '../../compare/salary-format';
import type { Profile } from '../../core/profile';

export interface PayInContextProps {
  /** The jobs the list shows now, filtered and sorted as the user set it. */
  rows: readonly JobRow[];
  profile: Pick<Profile, 'targetSalary'>;
  /** The scale currency the rows' salaries are in. */
  currency: string;
}

/**
 * "Pay in context", on the dashboard: every listed job's salary on one yearly scale against
 * the user's target, drawn as a strip of range lines in SVG, with the same facts as words
 * and as a table for screen readers. Closed by default and drawn only when opened, so the
 * list of 10,000 jobs paints as fast as without it.
 */
export function PayInContext(props: PayInContextProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="jm-pay"
      data-testid="pay-in-context"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Pay in context</summary>
      {open && <PayPanel {...props} />}
    </details>
  );
}

/** Lanes the range lines are spread over, so overlapping ranges stay apart. */
const MAX_LANES = 16;
const LANE_HEIGHT = 10;
const WIDTH = 1000;
const AXIS_HEIGHT = 28;
const TARGET_LABEL_HEIGHT = 18;
/** Either side of the axis: half a tick label, so the end labels are not cut off. */
const PAD_X = 40;
/** Rows in the screen-reader table: past this the table says how many more there are. */
export const MAX_TABLE_ROWS = 1000;
/** Names listed under "No salary stated" before "and N more". */
const MAX_NAMED = 8;

function PayPanel({ rows, profile, currency }: PayInContextProps) {
  const context = useMemo(() => {
    const target = annualTarget(profile, currency);
    const jobs = rows.map((row) => ({ id: row.job.id, title: row.job.title, company: row.job.company, salary: row.salary }));
    return payContext(jobs, target, currency);
  }, [rows, profile, currency]);
  const summaryId = useId();
  return (
    <div class="jm-pay-panel">
      <p id={summaryId} data-testid="pay-summary">
        {summaryWords(context)}
      </p>
      {context.target === null && (
        <p class="jm-muted">Set a target salary on the options page to see each job against it.</p>
      )}
      {context.axis && <PayPlot context={context} describedBy={summaryId} />}
      {context.ratesDate && (
        <p class="jm-muted" data-testid="pay-rates-date">
          Salaries in other currencies are converted at the approximate rates of {context.ratesDate}.
        </p>
      )}
      <NamedJobs
        label="No salary stated"
        testId="pay-no-salary"
        names={context.noSalary.map((job) => jobName(job.title, job.company))}
      />
      <NamedJobs
        label="In a currency without a rate"
        testId="pay-unconvertible"
        names={context.unconvertible.map((job) => `${jobName(job.title, job.company)} (${job.salary.text})`)}
      />
      <PayTable context={context} />
    </div>
  );
}

function summaryWords({ points, noSalary, unconvertible, target, currency }: PayContext): string {
  const listed = points.length + noSalary.length + unconvertible.length;
  if (listed === 0) return 'No jobs are listed.';
  const parts = [`${count(points.length, 'job')} of ${listed.toLocaleString('en')} drawn per year in ${currency}`];
  if (target !== null) {
    const by = (relation: PayRelation) => points.filter((p) => p.relation === relation).length;
    parts.push(
      `against your target of ${formatMoneyCompact(target, currency)}: ${by('meets')} at or above it, ${by('spans')} with it inside the range, ${by('below')} below it`,
    );
  }
  if (noSalary.length > 0) parts.push(`${count(noSalary.length, 'job')} state${noSalary.length === 1 ? 's' : ''} no salary`);
  return `${parts.join('; ')}.`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

function jobName(title: string, company: string | null): string {
  const name = title.trim() || 'Untitled job';
  return company ? `${name}, ${company}` : name;
}

function PayPlot({ context, describedBy }: { context: PayContext; describedBy: string }) {
  const axis = context.axis!;
  const lanes = Math.min(MAX_LANES, Math.max(1, context.points.length));
  // Room above the lanes for the target's label, and either side for the end ticks' labels.
  const top = context.target === null ? 2 : TARGET_LABEL_HEIGHT;
  const axisY = top + lanes * LANE_HEIGHT + 4;
  const height = axisY + AXIS_HEIGHT - 4;
  const x = (amount: number) => Math.round((PAD_X + fractionOn(axis, amount) * (WIDTH - 2 * PAD_X)) * 10) / 10;
  return (
    <svg
      class="jm-pay-plot"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label="Salary strip plot"
      aria-describedby={describedBy}
      data-testid="pay-plot"
    >
      {context.points.map((point, i) => (
        <PayMark
          key={point.id}
          point={point}
          x={x}
          y={top + (i % lanes) * LANE_HEIGHT + LANE_HEIGHT / 2}
          start={PAD_X}
          end={WIDTH - PAD_X}
        />
      ))}
      {context.target !== null && (
        <g data-testid="pay-target">
          <title>Your target: {formatMoneyCompact(context.target, context.currency)} a year</title>
          <line class="jm-pay-target" x1={x(context.target)} x2={x(context.target)} y1={top - 2} y2={axisY} />
          <text class="jm-pay-target-label" x={x(context.target)} y={top - 5} text-anchor="middle">
            Your target {formatMoneyCompact(context.target, context.currency)}
          </text>
        </g>
      )}
      <line class="jm-pay-axis" x1={PAD_X} x2={WIDTH - PAD_X} y1={axisY} y2={axisY} />
      {axis.ticks.map((tick) => (
        <text key={tick} class="jm-pay-tick" x={x(tick)} y={height - 4} text-anchor="middle">
          {formatMoneyCompact(tick, context.currency)}
        </text>
      ))}
    </svg>
  );
}

function PayMark(props: { point: PayPoint; x: (n: number) => number; y: number; start: number; end: number }) {
  const { point, x, y, end } = props;
  const from = point.min === null ? props.start : x(point.min);
  const to = point.max === null ? end : x(point.max);
  const classes = ['jm-pay-mark', point.relation && `jm-pay-${point.relation}`, point.salary.converted && 'jm-pay-converted']
    .filter(Boolean)
    .join(' ');
  const label = `${jobName(point.title, point.company)}: ${formatScaledSalary(point.salary)}`;
  return (
    <g class={classes} data-job-id={point.id}>
      <title>{label}</title>
      {from === to ? (
        <circle cx={from} cy={y} r={3.5} />
      ) : (
        <line x1={from} x2={to} y1={y} y2={y} class={point.min === null || point.max === null ? 'jm-pay-open' : undefined} />
      )}
    </g>
  );
}

function NamedJobs({ label, names, testId }: { label: string; names: string[]; testId: string }) {
  if (names.length === 0) return null;
  const shown = names.slice(0, MAX_NAMED);
  const more = names.length - shown.length;
  return (
    <p class="jm-pay-named" data-testid={testId}>
      <strong>
        {label} ({names.length.toLocaleString('en')}):
      </strong>{' '}
      {shown.join('; ')}
      {more > 0 && `; and ${more.toLocaleString('en')} more`}
    </p>
  );
}

/** The plot's facts as a table: read by screen readers, hidden from the eye (the plot and words above carry them). */
function PayTable({ context }: { context: PayContext }) {
  const rows = context.points.slice(0, MAX_TABLE_ROWS);
  const withoutSalary = context.noSalary.slice(0, MAX_TABLE_ROWS - rows.length);
  const listed = context.points.length + context.noSalary.length;
  const shown = rows.length + withoutSalary.length;
  return (
    <table class="jm-visually-hidden" data-testid="pay-table">
      <caption>
        Salaries per year in {context.currency}
        {context.target !== null && `, against your target of ${formatMoneyCompact(context.target, context.currency)}`}
        {listed > shown &&
          ` (the first ${shown.toLocaleString('en')} of ${listed.toLocaleString('en')}; filter the list to narrow it)`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Job</th>
          <th scope="col">Salary per year</th>
          <th scope="col">Against your target</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((point) => (
          <tr key={point.id}>
            <th scope="row">{jobName(point.title, point.company)}</th>
            <td>{formatRange(point.min, point.max, context.currency) ?? formatScaledSalary(point.salary)}</td>
            <td>{point.relation ? PAY_RELATION_WORDS[point.relation] : 'no target set'}</td>
          </tr>
        ))}
        {withoutSalary.map((job) => (
          <tr key={job.id}>
            <th scope="row">{jobName(job.title, job.company)}</th>
            <td>No salary stated</td>
            <td>—</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
