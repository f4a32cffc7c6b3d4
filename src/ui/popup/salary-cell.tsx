import { useId } from 'preact/hooks';
import { describeScaledSalary, formatScaledSalary, salaryTags } from '../../compare/salary-format';
import type { ScaledSalary } from '../../compare/salary-on-scale';

/**
 * A salary on the common scale, with the marks that change its meaning (≈ converted, OTE,
 * estimate). The posting's own words and how the figure was reached are in a tooltip that
 * opens on hover AND on keyboard focus, and are the cell's accessible description, so
 * keyboard and screen-reader users get them too.
 */
export function SalaryCell({ salary }: { salary: ScaledSalary | null }) {
  const tipId = useId();
  if (!salary) return <span class="jm-muted">Not stated</span>;
  return (
    <span class="jm-salary" tabIndex={0} aria-describedby={tipId} data-testid="salary">
      <span class="jm-salary-figure">{formatScaledSalary(salary)}</span>
      {salaryTags(salary).map((tag) => (
        <span key={tag} class="jm-tag">
          {tag}
        </span>
      ))}
      <span class="jm-tip" role="tooltip" id={tipId}>
        {describeScaledSalary(salary).map((line) => (
          <span key={line} class="jm-tip-line">
            {line}
          </span>
        ))}
      </span>
    </span>
  );
}
