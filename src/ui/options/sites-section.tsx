/** A site as the options page lists it (from the registry: src/sites/registry.ts). */
export interface ListedSite {
  id: string;
  label: string;
  /** 'ask': the user grants it here first (optional host permission). */
  access: 'install' | 'ask';
  /** Host names the permission covers, to say what is asked for ("*.teamtailor.com"). */
  hosts: readonly string[];
}

export interface SitesSectionProps {
  sites: readonly ListedSite[];
  disabledSites: readonly string[];
  /** Per 'ask' site: granted or not; missing while the permission state is being read. */
  granted: Readonly<Record<string, boolean>>;
  /** null while the permission state is being read. */
  allSitesGranted: boolean | null;
  onToggleSite(siteId: string, enabled: boolean): void;
  onRequestSite(siteId: string): void;
  onRevokeSite(siteId: string): void;
  onRequestAllSites(): void;
  onRevokeAllSites(): void;
}

/**
 * Where Jobmark runs: each known job site on or off; the sites that ask first (hosts that
 * also serve private apps, such as an HR system's employee pages) with their own Allow
 * button; and optional access to every other site.
 */
export function SitesSection(props: SitesSectionProps) {
  const { allSitesGranted } = props;
  const installed = props.sites.filter((site) => site.access === 'install');
  const asking = props.sites.filter((site) => site.access === 'ask');
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="hint">Jobmark reads postings on these sites. Switch one off and it stays silent there.</p>
      <ul class="toggles">
        {installed.map((site) => (
          <li key={site.id}>
            <SiteToggle site={site} {...props} />
          </li>
        ))}
      </ul>
      {asking.length > 0 && (
        <>
          <h3>Sites that ask first</h3>
          <p class="hint">
            These job systems also host companies’ private pages, so Jobmark reads them only once you allow it. It
            reads job postings there and nothing else.
          </p>
          <ul class="toggles">
            {asking.map((site) => {
              const granted = props.granted[site.id];
              return (
                <li key={site.id}>
                  {granted ? <SiteToggle site={site} {...props} /> : <span>{site.label}</span>}{' '}
                  <span class="hint">({site.hosts.join(', ')})</span>{' '}
                  {granted === undefined ? (
                    <span aria-live="polite">Checking…</span>
                  ) : granted ? (
                    <button type="button" onClick={() => props.onRevokeSite(site.id)} aria-label={`Remove access to ${site.label}`}>
                      Remove access
                    </button>
                  ) : (
                    <button type="button" onClick={() => props.onRequestSite(site.id)} aria-label={`Allow Jobmark on ${site.label}`}>
                      Allow
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
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

function SiteToggle(props: { site: ListedSite; disabledSites: readonly string[]; onToggleSite(siteId: string, enabled: boolean): void }) {
  const { site } = props;
  const enabled = !props.disabledSites.includes(site.id);
  return (
    <label>
      <input type="checkbox" checked={enabled} onChange={() => props.onToggleSite(site.id, !enabled)} />
      {site.label}
    </label>
  );
}
