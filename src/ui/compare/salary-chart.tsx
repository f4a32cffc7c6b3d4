import { useId } from 'preact/hooks';
import { describeScaledSalary, formatMoneyCompact, formatScaledSalary, salaryTags } from '../../compare/salary-format';
import type { ScaledSalary } from '../../compare/salary-on-scale';
import { layoutSalaryBars, positionOn, type SalaryBar } from './salary-bars';

export interface SalaryChartProps {
  /** One entry per compared job, in column order. */
  jobs: readonly { id: string; title: string; salary: ScaledSalary | null }[];
  /** The scale currency: every bar is per year in it. */
  currency: string;
}

/**
 * Every compared salary as a horizontal bar on ONE scale (per year, one currency), so the
 * eye compares lengths and positions, not numbers. The figures and the posting's words are
 * in the text beside each bar, and in full on hover.
 */
export function SalaryChart({ jobs, currency }: SalaryChartProps) {
  const scale = layoutSalaryBars(jobs.map((j) => j.salary));
  const ratesDate = jobs.find((j) => j.salary?.converted)?.salary?.ratesDate ?? null;
  const captionId = useId();
  return (
    <figure class="jmc-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} class="jmc-chart-caption">
        Salary per year in {currency}, on one scale
        {ratesDate && <span class="jmc-chart-note"> · ≈ converted at the approximate rates of {ratesDate}</span>}
      </figcaption>
      {!scale && <p class="jmc-empty">None of these jobs states a salary that can be drawn.</p>}
      <ul class="jmc-chart-rows">
        {jobs.map((job, i) => (
          <ChartRow key={job.id} title={job.title} salary={job.salary} bar={scale?.bars[i] ?? null} drawn={!!scale} />
        ))}
      </ul>
      {scale && (
        <div class="jmc-axis" aria-hidden="true">
          <span />
          <div class="jmc-axis-track">
            {scale.ticks.map((tick) => (
              <span key={tick} class="jmc-tick" style={{ left: `${positionOn(scale, tick)}%` }}>
                {formatMoneyCompact(tick, currency)}
              </span>
            ))}
          </div>
          <span />
        </div>
      )}
    </figure>
  );
}

function ChartRow(props: { title: string; salary: ScaledSalary | null; bar: SalaryBar | null; drawn: boolean }) {
  const { salary, bar } = props;
  const title = props.title.trim() || 'Untitled job';
  const hover = salary ? describeScaledSalary(salary).join('\n') : undefined;
  return (
    <li class="jmc-chart-row" title={hover}>
      <span class="jmc-chart-job" title={title}>
        {title}
      </span>
      <span class="jmc-track">
        {bar && <Bar bar={bar} salary={salary!} />}
        {!bar && props.drawn && (
          <span class="jmc-track-note">
            {salary ? (salary.unconvertible ?? 'No figures to draw') : 'No salary stated'}
          </span>
        )}
      </span>
      <span class="jmc-chart-figure">
        {salary ? formatScaledSalary(salary) : 'Not stated'}
        {salary &&
          salaryTags(salary).map((tag) => (
            <span key={tag} class="jmc-tag">
              {tag}
            </span>
          ))}
        {salary && <span class="jmc-sr"> — the posting says “{salary.text}”</span>}
      </span>
    </li>
  );
}

function Bar({ bar, salary }: { bar: SalaryBar; salary: ScaledSalary }) {
  const classes = [
    'jmc-bar',
    bar.openStart && 'jmc-open-start',
    bar.openEnd && 'jmc-open-end',
    bar.point && 'jmc-point',
    salary.converted && 'jmc-converted',
    salary.estimate && 'jmc-estimate',
    salary.ote && 'jmc-ote',
  ]
    .filter(Boolean)
    .join(' ');
  return <span class={classes} style={{ left: `${bar.left}%`, width: `${bar.width}%` }} />;
}
