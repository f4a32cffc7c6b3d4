import { JobStatus } from '../../core/saved-job';
import { STATUS_LABELS } from './row-words';

/** One <option> per status, in pipeline order: the status filter and each job's status select. */
export function StatusOptions() {
  return (
    <>
      {JobStatus.options.map((status) => (
        <option key={status} value={status}>
          {STATUS_LABELS[status]}
        </option>
      ))}
    </>
  );
}
