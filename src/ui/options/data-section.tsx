import { useEffect, useRef, useState } from 'preact/hooks';
import { ImportError } from '../../data/import-error';
import { MAX_IMPORT_CHARS, tooLargeError } from '../../data/parse-import';
import { SaveStatus, useTask } from './save-status';

export interface DataSectionProps {
  /** How many jobs are saved; null while they are being counted. */
  jobCount: number | null;
  /** Builds the JSON export and hands it to the browser; resolves to the file name. */
  onExportJson(): Promise<string>;
  /** Builds the CSV of saved jobs and hands it to the browser; resolves to the file name. */
  onExportCsv(): Promise<string>;
  /**
   * Validates a file's whole text, then merges it. Resolves to what changed, in words
   * ("3 jobs added, 1 updated"); rejects with a message naming what is wrong.
   */
  onImport(text: string): Promise<string>;
  /** Deletes every saved job; resolves to how many were deleted. */
  onDeleteAll(): Promise<number>;
}

const jobs = (n: number) => `${n.toLocaleString('en-US')} saved ${n === 1 ? 'job' : 'jobs'}`;

/** Export, import and delete: the user's data, in the user's hands. */
export function DataSection(props: DataSectionProps) {
  const [state, run] = useTask();
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const backedOut = useRef(false);
  // Backing out of the confirmation puts focus back where the user started from.
  useEffect(() => {
    if (!confirming && backedOut.current) deleteButton.current?.focus();
    backedOut.current = false;
  }, [confirming]);
  const { jobCount } = props;
  const busy = state.kind === 'working';

  const exportWith = (work: () => Promise<string>, what: string) =>
    void run(work(), {
      working: `Preparing ${what}…`,
      done: (name) => `Downloaded ${name}.`,
      failed: (why) => `Export failed: ${why}`,
    });

  const importFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Emptied at once, so picking the same file again (after fixing it) imports it again.
    input.value = '';
    setProblems([]);
    const work = (async () => {
      // Refused before reading: a file far larger than any export could stall the page.
      if (file.size > MAX_IMPORT_CHARS) throw tooLargeError(file.size);
      return props.onImport(await file.text());
    })();
    await run(work, {
      working: `Importing ${file.name}…`,
      done: (summary) => `Imported ${file.name}: ${summary}`,
      failed: (why, error) => {
        setProblems(problemsOf(error));
        // An ImportError is thrown before anything is written. Anything else (the browser's
        // storage failing) may strike between the jobs and the profile, so promise less.
        return error instanceof ImportError
          ? `Import failed, nothing was changed. ${why}`
          : `Import failed: ${why} Importing the file again is safe: it merges without duplicates.`;
      },
    });
  };

  const deleteAll = async () => {
    setConfirming(false);
    await run(props.onDeleteAll(), {
      working: 'Deleting…',
      done: (deleted) => `Deleted ${jobs(deleted)}.`,
      failed: (why) => `Not deleted: ${why}`,
    });
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="hint">
        Everything Jobmark keeps stays in this browser. Export it to keep a copy or to move it to another browser.
      </p>
      <p>{jobCount === null ? 'Counting saved jobs…' : jobCount === 0 ? 'No saved jobs yet.' : `${jobs(jobCount)}.`}</p>

      <h3>Export</h3>
      <div class="row-actions">
        <button type="button" disabled={busy} onClick={() => exportWith(props.onExportJson, 'the export')}>
          Export everything (JSON)
        </button>
        <button type="button" disabled={busy} onClick={() => exportWith(props.onExportCsv, 'the CSV')}>
          Export jobs (CSV)
        </button>
      </div>
      <p class="hint">
        The JSON file holds your saved jobs, your profile and your settings, and can be imported again. The CSV is for
        spreadsheets.
      </p>

      <h3>Import</h3>
      <label class="stacked">
        Import a Jobmark export (JSON)
        <input type="file" accept=".json,application/json" disabled={busy} onChange={importFile} />
      </label>
      <p class="hint">
        The whole file is checked first: if anything in it is wrong, nothing is changed. Jobs already saved are updated,
        not duplicated.
      </p>

      <h3>Delete</h3>
      {confirming && jobCount ? (
        <ConfirmDeleteAll
          count={jobCount}
          onConfirm={deleteAll}
          onCancel={() => {
            backedOut.current = true;
            setConfirming(false);
          }}
        />
      ) : (
        <button
          type="button"
          class="danger"
          ref={deleteButton}
          disabled={busy || !jobCount}
          onClick={() => setConfirming(true)}
        >
          Delete all saved jobs…
        </button>
      )}
      <SaveStatus state={state} />
      {state.kind === 'failed' && problems.length > SHOWN_IN_MESSAGE && (
        <details class="problems">
          <summary>All {problems.length.toLocaleString('en-US')} problems in the file</summary>
          <ul>
            {problems.slice(0, MAX_LISTED).map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
          {problems.length > MAX_LISTED && <p class="hint">…and {problems.length - MAX_LISTED} more.</p>}
        </details>
      )}
    </section>
  );
}

/** The import error's message names this many problems; more are listed under it. */
const SHOWN_IN_MESSAGE = 5;
/** A list longer than this helps nobody; the count says the rest. */
const MAX_LISTED = 200;

/** Each problem an import error found, when it lists them. */
const problemsOf = (error: unknown): readonly string[] => (error instanceof ImportError ? error.problems : []);

/**
 * The second step of deleting everything. It names the count, starts on "Keep them" so a
 * stray Enter deletes nothing, and Escape backs out.
 */
function ConfirmDeleteAll(props: { count: number; onConfirm(): void; onCancel(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="delete-all-question"
      aria-describedby="delete-all-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <p id="delete-all-question">
        <strong>Delete all {jobs(props.count)}?</strong>
      </p>
      <p id="delete-all-detail">
        Their statuses and notes go with them, and this cannot be undone. Your profile and settings stay. Export first to
        keep a copy.
      </p>
      <div class="row-actions">
        <button type="button" class="danger" onClick={props.onConfirm}>
          Delete {jobs(props.count)}
        </button>
        <button type="button" ref={keep} onClick={props.onCancel}>
          Keep them
        </button>
      </div>
    </div>
  );
}
