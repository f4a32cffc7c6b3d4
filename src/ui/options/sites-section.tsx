import { siteLabel } from './site-labels';

export interface SitesSectionProps {
  siteIds: readonly string[];
  disabledSites: readonly string[];
  /** null while the permission state is being read. */
  allSitesGranted: boolean | null;
  onToggleSite(siteId: string, enabled: boolean): void;
  onRequestAllSites(): void;
  onRevokeAllSites(): void;
}

/** Where Jobmark runs: each known job site on or off, and optional access to every other site. */
export function SitesSection(props: SitesSectionProps) {
  const { allSitesGranted } = props;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">Jobmark reads postings on these sites. Switch one off and it stays silent there.</p>
      <ul class="toggles">
        {props.siteIds.map((id) => {
          const enabled = !props.disabledSites.includes(id);
          return (
            <li key={id}>
              <label>
                <input type="checkbox" checked={enabled} onChange={() => props.onToggleSite(id, !enabled)} />
                {siteLabel(id)}
              </label>
            </li>
          );
        })}
      </ul>
      <h3>Every other site</h3>
      <p class="hint">
        Company career pages and boards embedded on company sites need access to all sites. Without it, open
        Jobmark from the toolbar on such a page and choose “Find a posting on this page” to read it once.
      </p>
      <p aria-live="polite" class="permission-state">
        {allSitesGranted === null
          ? 'Checking…'
          : allSitesGranted
            ? 'Jobmark can read postings on every site.'
            : 'Jobmark reads only the job sites above.'}
      </p>
      {allSitesGranted === false && (
        <button type="button" onClick={props.onRequestAllSites}>
          Allow on all sites
        </button>
      )}
      {allSitesGranted === true && (
        <button type="button" onClick={props.onRevokeAllSites}>
          Remove access to all sites
        </button>
      )}
    </section>
  );
}
