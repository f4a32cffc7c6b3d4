import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { activeFilterCount, filterJobs, JOB_SORT_LABELS, sortJobs, type JobRow, type JobSort } from '../../compare/job-list';
import { NO_SUGGESTIONS, sameJobGroups, sameJobSuggester } from '../../compare/duplicate-index';
import { scaleCurrencyFor } from '../../compare/scale-currency';
import type { JobSummary } from '../../core/saved-job';
import type { UserFieldsPatch } from '../../db/job-writes';
import { safeJobLink } from '../compare/fact-words';
import { AppHeader } from './app-header';
import { isPageProblem, PageProblem } from './page-problem';
import { RereadButton } from './reread-button';
import { CompareBar } from './compare-bar';
import { Frozen } from './frozen';
import { JobList } from './job-list';
import { PayInContext } from './pay-in-context';
import type { JobsServices } from './jobs-services';
import type { Layout } from './layout';
import { ListControls } from './list-controls';
import { EmptyState, ErrorState, LoadingState, NoMatchesState } from './list-states';
import { useReadyMarker } from './ready-marker';
import { countWords, incompleteCountText } from './row-words';
import { UndoToast } from './undo-toast';
import { useComparePanel } from './use-compare-panel';
import { useDeleteUndo } from './use-delete-undo';
import { useFocusJob } from './use-focus-job';
import { useJobRows } from './use-job-rows';
import { useJobsData } from './use-jobs-data';
import { useListView } from './use-list-view';
import { usePageStatus } from './use-page-status';
import { useSkillKey } from './use-skill-key';
import { errorText } from './use-write-status';
import './jobs-app.css';

export interface JobsAppProps {
  layout: Layout;
  services: JobsServices;
  /** Jobs to compare straight away (the dashboard opened from the popup's selection). */
  initialCompareIds?: readonly string[];
}

/**
 * Newest saved first: the job just saved is on top, where the user looks right after saving.
 * A sort the user picks is remembered (services.saveSort) for the next opening.
 */
const DEFAULT_SORT: JobSort = 'saved';

function knownSort(value: string | null | undefined): JobSort | undefined {
  return value != null && Object.hasOwn(JOB_SORT_LABELS, value) ? (value as JobSort) : undefined;
}

/**
 * The saved jobs, in the toolbar popup and the full-tab dashboard: a live list to sort,
 * filter, open, annotate and delete (with undo), and a side-by-side comparison of the
 * ticked ones. It reads and writes only through `services`.
 */
export function JobsApp({ layout, services, initialCompareIds = [] }: JobsAppProps) {
  const { jobs, profile, rates, error, retry } = useJobsData(services);
  const [{ sort, filter, limit, expanded, selected }, list] = useListView(layout, () => ({
    sort: knownSort(services.loadSort?.()) ?? DEFAULT_SORT,
    selected: initialCompareIds,
  }));
  const [view, setView] = useState<'list' | 'compare'>(initialCompareIds.length >= 2 ? 'compare' : 'list');
  const [actionError, setActionError] = useState<string | null>(null);
  const [focusJobId, setFocusJobId] = useState<string | null>(null);
  const { undo, remove, undoDelete, dismissUndo } = useDeleteUndo(services, {
    onStart: () => setActionError(null),
    onDeleted: list.deselect,
    onRestored: setFocusJobId,
    onError: setActionError,
  });
  const appRoot = useRef<HTMLDivElement>(null);
  // Loaded from the first tick, not from the Compare click: the user is between two clicks
  // then, and the comparison opens without waiting for its script (measured: 15 ms).
  const comparison = useComparePanel(view === 'compare' || selected.length > 0);

  const data = useMemo(
    () => (jobs && profile && rates ? { jobs: jobs.jobs, profile, rates } : null),
    [jobs, profile, rates],
  );
  const complete = jobs?.complete ?? false;
  // Null while the newest jobs are shown and the rest are still being counted.
  const total = jobs ? jobs.total : 0;
  const hasJobs = total !== 0;
  const activeFilters = activeFilterCount(filter);
  // Only the newest jobs are here yet: they can be shown as they are only in the order they
  // came in (newest saved first) and unfiltered; any other view waits for the whole list.
  const partialShowable = sort === 'saved' && activeFilters === 0;
  const currency = useMemo(() => (data ? scaleCurrencyFor(data.profile, data.jobs, data.rates) : 'USD'), [data]);
  const [painted, setPainted] = useState(false);
  const keyOf = useSkillKey(services, painted);
  const rows = useJobRows(data, currency, keyOf);
  const groups = useMemo(() => sameJobGroups(data?.jobs ?? []), [data]);
  // Suggesting pairs compares jobs with each other: it waits for the first paint and the whole list.
  const suggest = useMemo(sameJobSuggester, []);
  const suggestions = useMemo(
    () => (data && painted && complete ? suggest(data.jobs, groups) : NO_SUGGESTIONS),
    [data, painted, complete, groups, suggest],
  );
  const duplicates = useMemo(() => ({ ...groups, suggestions }), [groups, suggestions]);
  // A job the user confirmed as the same as another is shown in that one's row, not its own.
  const listed = useMemo(
    () => (duplicates.shownUnder.size === 0 ? rows : rows.filter((row) => !duplicates.shownUnder.has(row.job.id))),
    [rows, duplicates],
  );
  const sorted = useMemo(() => sortJobs(listed, sort), [listed, sort]);
  const shownRows = useMemo(() => filterJobs(sorted, filter), [sorted, filter]);
  // Only the ticked jobs are looked up: a map of all 10,000 on every change cost 6 ms.
  const selectedById = useMemo(() => jobsById(rows, selected), [rows, selected]);
  const selectedIds = useMemo(() => new Set(selected.filter((id) => selectedById.has(id))), [selected, selectedById]);
  const selectedJobs = useMemo(() => [...selectedIds].map((id) => selectedById.get(id)!), [selectedIds, selectedById]);
  const showing = data !== null && (view === 'compare' ? complete : complete || partialShowable);

  // The rest of the first page, and the skill dictionary, follow once the first rows are painted.
  useReadyMarker(showing, () => {
    list.fillFirstPage();
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

  const openPosting = (id: string) => {
    const url = safeJobLink(rows.find((row) => row.job.id === id)?.job.url ?? null);
    if (url) void services.openPosting(url);
  };

  const update = (id: string, patch: UserFieldsPatch) => services.updateUserFields(id, patch);

  const pageStatus = usePageStatus(services);

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
  const waitingForAll = data !== null && !showing && view === 'list' && hasJobs;

  const renderList = () => (
      <>
        <ListControls
          sort={sort}
          filter={filter}
          currency={currency}
          countText={
            complete ? countWords(shownRows.length, listed.length) : incompleteCountText(total, waitingForAll)
          }
          activeFilters={activeFilters}
          onSort={(next) => {
            list.setSort(next);
            services.saveSort?.(next);
          }}
          onFilter={list.setFilter}
          onClearFilters={list.clearFilters}
        />
        {layout === 'dashboard' && complete && shownRows.length > 0 && (
          <PayInContext rows={shownRows} profile={data!.profile} currency={currency} />
        )}
        {waitingForAll ? (
          <LoadingState />
        ) : shownRows.length === 0 ? (
          <NoMatchesState onClearFilters={list.clearFilters} />
        ) : (
          <JobList
            rows={shownRows}
            total={complete ? shownRows.length : (total ?? shownRows.length)}
            limit={limit}
            layout={layout}
            expanded={expanded}
            selected={selectedIds}
            now={services.now()}
            onShowMore={() => {
              // Keyboard users land on the first newly shown job, not below the new page.
              const first = shownRows[limit];
              list.showMore();
              if (first) setFocusJobId(first.job.id);
            }}
            onToggleExpanded={list.toggleExpanded}
            onToggleSelected={list.toggleSelected}
            onDelete={(id, byKeyboard) => void remove(id, byKeyboard)}
            onOpen={openPosting}
            onUpdate={update}
            canOpen={canOpen}
            duplicates={duplicates}
            onShownAsOne={setFocusJobId}
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
        onRemove={list.deselect}
        onOpenDashboard={layout === 'popup' ? openDashboard : undefined}
      />
    );
  } else if (total === 0 && showing) {
    body = <EmptyState onFindOnPage={findOnPage && (() => void findOnPage())} />;
  } else {
    listView = renderList();
    listShown.current = true;
  }
  if (view === 'compare' && data && listShown.current && hasJobs) listView = renderList();

  const showCompareBar = showing && view === 'list' && hasJobs;
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
      {showing && data.profile.skills.length === 0 && hasJobs && (
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
          onClear={list.clearSelection}
          onOpenDashboard={openDashboard}
        />
      )}
      <div class="jm-toast-region" role="status" aria-live="polite">
        {undo && (
          <UndoToast
            message={undo.message}
            autoFocus={undo.autoFocus}
            onUndo={() => void undoDelete()}
            onDismiss={dismissUndo}
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

function canOpen(job: JobSummary): boolean {
  return safeJobLink(job.url) !== null;
}
