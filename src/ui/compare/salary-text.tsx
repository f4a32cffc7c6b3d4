import { describeScaledSalary, formatScaledSalary, salaryTags } from '../../compare/salary-format';
import type { ScaledSalary } from '../../compare/salary-on-scale';

/**
 * A salary in words: the figure per year on the scale (≈ when converted), the tags that
 * change its meaning (OTE, estimate, converted, no rate), and the posting's own words — in
 * the text, not only on hover, so keyboard and screen-reader users get them too.
 */
export function SalaryText({ salary }: { salary: ScaledSalary | null }) {
  if (!salary) return <span class="jmc-not-stated">Not stated</span>;
  const figure = formatScaledSalary(salary);
  return (
    <span class="jmc-salary" title={describeScaledSalary(salary).join('\n')}>
      <span class="jmc-salary-figure">{figure}</span>
      {salaryTags(salary).map((tag) => (
        <span key={tag} class="jmc-tag">
          {tag}
        </span>
      ))}
      {salary.converted && salary.ratesDate && <span class="jmc-rates-date">rates of {salary.ratesDate}</span>}
      {salary.unconvertible !== undefined && <span class="jmc-rates-date">{salary.unconvertible}</span>}
      {figure !== salary.text && <span class="jmc-words">“{salary.text}”</span>}
    </span>
  );
}
