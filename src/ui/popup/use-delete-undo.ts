import { useState } from 'preact/hooks';
import type { SavedJob } from '../../core/saved-job';
import type { JobsServices } from './jobs-services';
import { errorText } from './use-write-status';

export interface PendingUndo {
  record: SavedJob;
  message: string;
  /** The deletion was made from the keyboard: focus goes to Undo, not into the void. */
  autoFocus: boolean;
}

export interface DeleteUndo {
  /** The deletion that can still be undone, shown as a toast. */
  undo: PendingUndo | null;
  remove(id: string, byKeyboard: boolean): Promise<void>;
  /** Puts the deleted job back, exactly as it was. */
  undoDelete(): Promise<void>;
  dismissUndo(): void;
}

interface DeleteUndoEvents {
  /** The job is gone: it leaves the comparison too. */
  onDeleted(id: string): void;
  /** The job is back: focus goes to its row once the list shows it. */
  onRestored(id: string): void;
  /** A deletion or restore failed: the message says so, for the user. */
  onError(message: string): void;
  /** A new action starts: an old error no longer applies. */
  onStart(): void;
}

/** Deleting a saved job with one click, and the undo that makes one click safe. */
export function useDeleteUndo(services: Pick<JobsServices, 'deleteJob' | 'restoreJob'>, events: DeleteUndoEvents): DeleteUndo {
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  return {
    undo,
    async remove(id, byKeyboard) {
      events.onStart();
      try {
        const record = await services.deleteJob(id);
        events.onDeleted(id);
        if (record) setUndo({ record, message: `Deleted “${record.title || 'Untitled posting'}”`, autoFocus: byKeyboard });
      } catch (failure) {
        events.onError(`Not deleted: ${errorText(failure)}`);
      }
    },
    async undoDelete() {
      if (!undo) return;
      const { record } = undo;
      setUndo(null);
      try {
        await services.restoreJob(record);
        events.onRestored(record.id);
      } catch (failure) {
        events.onError(`Could not put “${record.title}” back: ${errorText(failure)}`);
      }
    },
    dismissUndo: () => setUndo(null),
  };
}
