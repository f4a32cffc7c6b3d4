import type { ScaledSalary } from '../../compare/salary-on-scale';
import { niceStep } from '../../compare/nice-step';

/**
 * Where each salary's bar sits on the one scale every compared job shares: offsets and
 * widths in percent of the track, so the drawing is plain CSS and tested as numbers.
 */

export interface SalaryBar {
  /** Percent of the track from its start. */
  left: number;
  width: number;
  /** "up to X": the posting gives no minimum, the bar runs from the start of the scale. */
  openStart: boolean;
  /** "from X": no maximum, the bar runs to the end of the scale. */
  openEnd: boolean;
  /** A single figure (min = max): drawn as a marker, not a bar. */
  point: boolean;
}

export interface SalaryScale {
  /** The amounts at the two ends of the track, per year in the scale currency. */
  low: number;
  high: number;
  /** Round amounts to label the axis with, from low to high. */
  ticks: number[];
  /** One per salary given, in order: null when there is nothing to draw (none, or no rate). */
  bars: (SalaryBar | null)[];
}

/** How many steps the axis is cut into, about: enough to read, few enough for a popup. */
const TARGET_STEPS = 4;

/**
 * The shared scale, or null when no salary has a figure to draw. The ends are rounded out to
 * a "nice" step so the axis reads 80K, 100K, 120K rather than 83,412; the scale starts at the
 * lowest figure's step, not at zero, so ranges that differ by 10% do not look the same.
 */
export function layoutSalaryBars(salaries: readonly (ScaledSalary | null)[]): SalaryScale | null {
  const drawable = salaries.map((s) => (s && s.unconvertible === undefined && (s.min !== null || s.max !== null) ? s : null));
  const amounts = drawable.flatMap((s) => (s ? [s.min, s.max].filter((n): n is number => n !== null) : []));
  if (amounts.length === 0) return null;

  const smallest = Math.min(...amounts);
  const largest = Math.max(...amounts);
  // One figure alone (or all equal) still needs a span to draw on: a fifth of it either side.
  const span = largest > smallest ? largest - smallest : Math.max(largest * 0.4, 1);
  const step = niceStep(span / TARGET_STEPS);
  let low = Math.max(0, Math.floor(smallest / step) * step);
  let high = Math.ceil(largest / step) * step;
  if (largest === smallest) {
    low = Math.max(0, low - step);
    high = high + step;
  }
  // Open ends ("from X") need room past X to show that they go on.
  const hasOpenEnd = drawable.some((s) => s && s.min !== null && s.max === null && s.min >= high);
  if (hasOpenEnd || high === low) high += step;

  const at = (amount: number) => round2(((amount - low) / (high - low)) * 100);
  const bars = drawable.map((s): SalaryBar | null => {
    if (!s) return null;
    if (s.min !== null && s.max !== null) {
      const left = at(Math.min(s.min, s.max));
      return { left, width: round2(at(Math.max(s.min, s.max)) - left), openStart: false, openEnd: false, point: s.min === s.max };
    }
    if (s.min !== null) {
      const left = at(s.min);
      return { left, width: round2(100 - left), openStart: false, openEnd: true, point: false };
    }
    return { left: 0, width: at(s.max as number), openStart: true, openEnd: false, point: false };
  });

  const ticks: number[] = [];
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(tick);
  return { low, high, ticks, bars };
}

/** The position of an amount on the scale, in percent: where the axis labels go. */
export function positionOn(scale: Pick<SalaryScale, 'low' | 'high'>, amount: number): number {
  return round2(((amount - scale.low) / (scale.high - scale.low)) * 100);
}


function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
