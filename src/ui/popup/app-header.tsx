import type { Layout } from './layout';

export interface AppHeaderProps {
  layout: Layout;
  /** Absent where there is no current page to read (the dashboard is its own tab). */
  onFindOnPage?: () => void;
  onOpenDashboard?: () => void;
  onOpenOptions(): void;
}

export function AppHeader({ layout, onFindOnPage, onOpenDashboard, onOpenOptions }: AppHeaderProps) {
  return (
    <header class="jm-header">
      <h1 class="jm-brand">{layout === 'dashboard' ? 'Jobmark — saved jobs' : 'Jobmark'}</h1>
      <nav class="jm-header-actions" aria-label="Jobmark">
        {onFindOnPage && (
          <button type="button" data-testid="find-on-page" onClick={onFindOnPage}>
            Find a posting on this page
          </button>
        )}
        {layout === 'popup' && onOpenDashboard && (
          <button type="button" data-testid="open-dashboard" onClick={onOpenDashboard}>
            Dashboard
          </button>
        )}
        <button type="button" data-testid="open-options" onClick={onOpenOptions}>
          Options
        </button>
      </nav>
    </header>
  );
}
