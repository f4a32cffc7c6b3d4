import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activeFilterCount, filterJobs, JOB_SORT_LABELS, sortJobs, type JobFilter, type JobRow, type JobSort } from '../../compare/job-list';
import { scaleCurrencyFor } from '../../compare/scale-currency';
import type { JobSummary, SavedJob } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { safeJobLink } from '../compare/fact-words';
import { AppHeader } from './app-header';
import { isPageProblem, PageProblem, type PageStatusAnswer } from './page-problem';
import { RereadButton } from './reread-button';
import { CompareBar } from './compare-bar';
import { useRowLimit } from './use-row-limit';
import { Frozen } from './frozen';
import { JobList } from './job-list';
import type { JobsServices } from './jobs-services';
import type { Layout } from './layout';
import { ListControls } from './list-controls';
import { EmptyState, ErrorState, LoadingState, NoMatchesState } from './list-states';
import { useReadyMarker } from './ready-marker';
import { countWords } from './row-words';
import { UndoToast } from './undo-toast';
import { useComparePanel } from './use-compare-panel';
import { useJobRows } from './use-job-rows';
import { useJobsData } from './use-jobs-data';
import { useSkillKey } from './use-skill-key';
import { errorText } from './use-write-status';
import './jobs-app.css';

export interface JobsAppProps {
  layout: Layout;
  services: JobsServices;
  /** Jobs to compare straight away (the dashboard opened from the popup's selection). */
  initialCompareIds?: readonly string[];
}

interface PendingUndo {
  record: SavedJob;
  message: string;
  /** The deletion was made from the keyboard: focus goes to Undo, not into the void. */
  autoFocus: boolean;
}

/**
 * Newest saved first: the job just saved is on top, where the user looks right after saving.
 * A sort the user picks is remembered (services.saveSort) for the next opening.
 */
const DEFAULT_SORT: JobSort = 'saved';

function knownSort(value: string | null | undefined): JobSort | undefined {
  return value != null && Object.hasOwn(JOB_SORT_LABELS, value) ? (value as JobSort) : undefined;
}

/** How long to wait for a restored job to come back before giving up on focusing it. */
const FOCUS_WAIT_MS = 3000;

/**
 * The saved jobs, in the toolbar popup and the full-tab dashboard: a live list to sort,
 * filter, open, annotate and delete (with undo), and a side-by-side comparison of the
 * ticked ones. It reads and writes only through `services`.
 */
export function JobsApp({ layout, services, initialCompareIds = [] }: JobsAppProps) {
  const { jobs, profile, rates, error, retry } = useJobsData(services);
  const [sort, setSort] = useState<JobSort>(() => knownSort(services.loadSort?.()) ?? DEFAULT_SORT);
  const [filter, setFilter] = useState<JobFilter>({});
  const { limit, restart: restartRows, showMore, fillFirstPage } = useRowLimit(layout);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<readonly string[]>(initialCompareIds);
  const [view, setView] = useState<'list' | 'compare'>(initialCompareIds.length >= 2 ? 'compare' : 'list');
  const [undo, setUndo] = useState<PendingUndo | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [focusJobId, setFocusJobId] = useState<string | null>(null);
  const appRoot = useRef<HTMLDivElement>(null);
  // Loaded from the first tick, not from the Compare click: the user is between two clicks
  // then, and the comparison opens without waiting for its script (measured: 15 ms).
  const comparison = useComparePanel(view === 'compare' || selected.length > 0);

  const data = useMemo(
    () => (jobs && profile && rates ? { jobs: jobs.jobs, profile, rates } : null),
    [jobs, profile, rates],
  );
  const complete = jobs?.complete ?? false;
  const total = jobs?.total ?? 0;
  const activeFilters = activeFilterCount(filter);
  // Only the newest jobs are here yet: they can be shown as they are only in the order they
  // came in (newest saved first) and unfiltered; any other view waits for the whole list.
  const partialShowable = sort === 'saved' && activeFilters === 0;
  const currency = useMemo(() => (data ? scaleCurrencyFor(data.profile, data.jobs, data.rates) : 'USD'), [data]);
  const [painted, setPainted] = useState(false);
  const keyOf = useSkillKey(services, painted);
  const rows = useJobRows(data, currency, keyOf);
  const sorted = useMemo(() => sortJobs(rows, sort), [rows, sort]);
  const shownRows = useMemo(() => filterJobs(sorted, filter), [sorted, filter]);
  // Only the ticked jobs are looked up: a map of all 10,000 on every change cost 6 ms.
  const selectedById = useMemo(() => jobsById(rows, selected), [rows, selected]);
  const selectedIds = useMemo(() => new Set(selected.filter((id) => selectedById.has(id))), [selected, selectedById]);
  const selectedJobs = useMemo(() => [...selectedIds].map((id) => selectedById.get(id)!), [selectedIds, selectedById]);
  const showing = data !== null && (view === 'compare' ? complete : complete || partialShowable);

  // The rest of the first page, and the skill dictionary, follow once the first rows are painted.
  useReadyMarker(showing, () => {
    fillFirstPage();
    setPainted(true);
  });
  // Back from the comparison, keyboard focus returns to the button that opened it.
  const cameBack = useRef(false);
  /** Whether the list has been rendered: only then is it kept, hidden, under the comparison. */
  const listShown = useRef(false);
  useEffect(() => {
    if (view !== 'list' || !cameBack.current) return;
    cameBack.current = false;
    appRoot.current?.querySelector<HTMLElement>('[data-testid="compare-button"]')?.focus();
  }, [view]);
  useFocusJob(appRoot, focusJobId, shownRows, () => setFocusJobId(null));

  const changeFilter = (next: JobFilter) => {
    setFilter(next);
    restartRows();
  };
  const clearFilters = () => changeFilter({});

  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };

  const openPosting = (id: string) => {
    const url = safeJobLink(rows.find((row) => row.job.id === id)?.job.url ?? null);
    if (url) void services.openPosting(url);
  };

  const remove = async (id: string, byKeyboard: boolean) => {
    setActionError(null);
    try {
      const record = await services.deleteJob(id);
      setSelected((ids) => ids.filter((other) => other !== id));
      if (record) setUndo({ record, message: `Deleted “${record.title || 'Untitled posting'}”`, autoFocus: byKeyboard });
    } catch (failure) {
      setActionError(`Not deleted: ${errorText(failure)}`);
    }
  };

  const undoDelete = async () => {
    if (!undo) return;
    const { record } = undo;
    setUndo(null);
    try {
      await services.restoreJob(record);
      setFocusJobId(record.id);
    } catch (failure) {
      setActionError(`Could not put “${record.title}” back: ${errorText(failure)}`);
    }
  };

  const update = (id: string, patch: UserFieldsPatch) => services.updateUserFields(id, patch);

  const [pageStatus, setPageStatus] = useState<PageStatusAnswer | null>(null);
  useEffect(() => {
    if (!services.pageStatus) return;
    let current = true;
    services.pageStatus().then(
      (status) => current && setPageStatus(status),
      () => undefined, // no status is no banner
    );
    return () => void (current = false);
  }, [services]);

  const findOnPage = services.findPostingOnPage
    ? async () => {
        setActionError(null);
        try {
          await services.findPostingOnPage?.();
        } catch (failure) {
          setActionError(errorText(failure));
        }
      }
    : undefined;

  const openDashboard = () => void services.openDashboard(view === 'compare' || selectedIds.size > 0 ? [...selectedIds] : undefined);

  // While only the newest jobs are read, a sort or filter the user just chose waits for the
  // rest; the controls stay, so typing in the search box is never interrupted.
  const waitingForAll = data !== null && !showing && view === 'list' && total > 0;

  const renderList = () => (
      <>
        <ListControls
          sort={sort}
          filter={filter}
          currency={currency}
          countText={
            complete ? countWords(shownRows.length, rows.length) : waitingForAll ? `Reading all ${total.toLocaleString('en')} jobs…` : countWords(total, total)
          }
          activeFilters={activeFilters}
          onSort={(next) => {
            setSort(next);
            restartRows();
            services.saveSort?.(next);
          }}
          onFilter={changeFilter}
          onClearFilters={clearFilters}
        />
        {waitingForAll ? (
          <LoadingState />
        ) : shownRows.length === 0 ? (
          <NoMatchesState onClearFilters={clearFilters} />
        ) : (
          <JobList
            rows={shownRows}
            total={complete ? shownRows.length : total}
            limit={limit}
            layout={layout}
            expanded={expanded}
            selected={selectedIds}
            now={services.now()}
            onShowMore={() => {
              // Keyboard users land on the first newly shown job, not below the new page.
              const first = shownRows[limit];
              showMore();
              if (first) setFocusJobId(first.job.id);
            }}
            onToggleExpanded={(id) => setExpanded((set) => toggle(set, id))}
            onToggleSelected={(id) =>
              setSelected((ids) => (ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]))
            }
            onDelete={(id, byKeyboard) => void remove(id, byKeyboard)}
            onOpen={openPosting}
            onUpdate={update}
            canOpen={canOpen}
          />
        )}
      </>
  );

  let body = null;
  // The list stays mounted, hidden, while the comparison is open: opening the comparison
  // then costs its own render only (taking 100 rows down cost about a third of it), and
  // Back returns to the list as it was, scrolled where it was.
  let listView = null;
  if (!data || (!showing && !waitingForAll)) {
    body = error ? <ErrorState message={error} onRetry={retry} /> : <LoadingState />;
  } else if (view === 'compare' && comparison.error) {
    body = (
      <ErrorState
        title="The comparison could not be loaded"
        message={comparison.error}
        onRetry={comparison.retry}
        onBack={() => {
          // Compare, pressed again, tries again.
          comparison.retry();
          cameBack.current = true;
          setView('list');
        }}
      />
    );
  } else if (view === 'compare' && !comparison.module) {
    body = <LoadingState what="the comparison" />;
  } else if (view === 'compare' && comparison.module) {
    body = (
      <comparison.module.ComparePanel
        jobs={selectedJobs}
        profile={data.profile}
        rates={data.rates}
        layout={layout}
        onBack={() => {
          cameBack.current = true;
          setView('list');
        }}
        onRemove={(id) => setSelected((ids) => ids.filter((other) => other !== id))}
        onOpenDashboard={layout === 'popup' ? openDashboard : undefined}
      />
    );
  } else if (total === 0 && showing) {
    body = <EmptyState onFindOnPage={findOnPage && (() => void findOnPage())} />;
  } else {
    listView = renderList();
    listShown.current = true;
  }
  if (view === 'compare' && data && listShown.current && total > 0) listView = renderList();

  const showCompareBar = showing && view === 'list' && total > 0;
  return (
    <div class={`jm-app jm-layout-${layout}`} ref={appRoot}>
      <AppHeader
        layout={layout}
        onFindOnPage={findOnPage && (() => void findOnPage())}
        onOpenDashboard={openDashboard}
        onOpenOptions={() => void services.openOptions()}
      />
      {layout === 'dashboard' && services.rereadSavedPostings && <RereadButton reread={services.rereadSavedPostings} />}
      {showing && error && (
        <div class="jm-banner jm-banner-error" role="alert">
          <span>{error}</span>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {isPageProblem(pageStatus) && services.copyText && (
        <PageProblem status={pageStatus} version={services.version ?? 'unknown'} copy={services.copyText} />
      )}
      {actionError && (
        <div class="jm-banner jm-banner-error" role="alert" data-testid="action-error">
          <span>{actionError}</span>
          <button type="button" onClick={() => setActionError(null)}>
            Dismiss
          </button>
        </div>
      )}
      {showing && data.profile.skills.length === 0 && total > 0 && (
        <div class="jm-banner" data-testid="profile-hint">
          <span>Add your skills to see how well each job matches you.</span>
          <button type="button" onClick={() => void services.openOptions()}>
            Set up your skill profile
          </button>
        </div>
      )}
      <main class="jm-main">
        {listView && (
          <div class="jm-list-view" hidden={view === 'compare'}>
            <Frozen frozen={view === 'compare'}>{listView}</Frozen>
          </div>
        )}
        {body}
      </main>
      {showCompareBar && (
        <CompareBar
          count={selectedIds.size}
          layout={layout}
          onCompare={() => setView('compare')}
          onClear={() => setSelected([])}
          onOpenDashboard={openDashboard}
        />
      )}
      <div class="jm-toast-region" role="status" aria-live="polite">
        {undo && (
          <UndoToast
            message={undo.message}
            autoFocus={undo.autoFocus}
            onUndo={() => void undoDelete()}
            onDismiss={() => setUndo(null)}
          />
        )}
      </div>
    </div>
  );
}

/** The jobs of `ids` that are in `rows`, by id. */
function jobsById(rows: readonly JobRow[], ids: readonly string[]): Map<string, JobSummary> {
  const found = new Map<string, JobSummary>();
  if (ids.length === 0) return found;
  const wanted = new Set(ids);
  for (const row of rows) if (wanted.has(row.job.id)) found.set(row.job.id, row.job);
  return found;
}

function canOpen(row: JobRow): boolean {
  return safeJobLink(row.job.url) !== null;
}

/**
 * Moves keyboard focus to a job's row once it is on screen: the job put back by Undo (it
 * returns through the live query a moment later) or the first of a newly shown page.
 */
function useFocusJob(
  root: { current: HTMLElement | null },
  id: string | null,
  rows: readonly JobRow[],
  done: () => void,
): void {
  useEffect(() => {
    if (id === null) return;
    const row = [...(root.current?.querySelectorAll<HTMLElement>('[data-testid="job-row"]') ?? [])].find(
      (element) => element.dataset.jobId === id,
    );
    if (row) {
      row.querySelector<HTMLElement>('.jm-row-title')?.focus();
      done();
      return;
    }
    // Not (yet) on screen: the live query has not delivered it, or a filter hides it.
    const timer = setTimeout(done, FOCUS_WAIT_MS);
    return () => clearTimeout(timer);
  }, [id, rows]);
}
