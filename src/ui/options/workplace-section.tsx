import { Workplace } from '../../core/job';
import { SaveStatus, useSaveState } from './save-status';

export interface WorkplaceSectionProps {
  /** The workplaces the user would take, most wanted first; empty means no preference. */
  workplaces: readonly Workplace[];
  onChange(workplaces: Workplace[]): Promise<void>;
}

const LABELS: Record<Workplace, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
};

/** Where the user is willing to work. */
export function WorkplaceSection(props: WorkplaceSectionProps) {
  const [state, run] = useSaveState();
  const toggle = (workplace: Workplace, on: boolean) => {
    // A newly ticked workplace goes last: the order the user ticked them is their preference.
    const others = props.workplaces.filter((w) => w !== workplace);
    void run(props.onChange(on ? [...others, workplace] : others), 'Workplace preference saved.');
  };
  return (
    <section aria-labelledby="workplace-heading">
      <h2 id="workplace-heading">Workplace</h2>
      <fieldset>
        <legend>Workplaces you would take</legend>
        <p class="hint">Leave all unticked if any will do.</p>
        <ul class="toggles">
          {Workplace.options.map((workplace) => (
            <li key={workplace}>
              <label>
                <input
                  type="checkbox"
                  checked={props.workplaces.includes(workplace)}
                  onChange={(e) => toggle(workplace, (e.target as HTMLInputElement).checked)}
                />
                {LABELS[workplace]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SaveStatus state={state} />
    </section>
  );
}
