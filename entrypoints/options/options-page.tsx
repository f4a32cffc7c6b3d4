import { useRef, useState } from 'preact/hooks';
import { SHIPPED_CURRENCY_RATES } from '../../src/compare/currency-rates';
import type { Profile, ProfileSkill, SkillLevel } from '../../src/core/profile';
import { lookupSkill, suggestSkills } from '../../src/extract/skills';
import { getCurrencyRates, setCurrencyRates, watchCurrencyRates } from '../../src/settings/currency-rates-setting';
import { getHighlightsEnabled, setHighlightsEnabled, watchHighlightsEnabled } from '../../src/settings/display-settings';
import { getProfile, setProfile, watchProfile } from '../../src/settings/profile-setting';
import { getDisabledSites, setSiteEnabled, watchDisabledSites } from '../../src/settings/site-settings';
import { ASK_SITES, SITE_ADAPTERS } from '../../src/sites/registry';
import { CurrencySection } from '../../src/ui/options/currency-section';
import { DataSection } from '../../src/ui/options/data-section';
import { DisplaySection } from '../../src/ui/options/display-section';
import { EligibilitySection } from '../../src/ui/options/eligibility-section';
import { LocationsSection } from '../../src/ui/options/locations-section';
import { ResumeSection } from '../../src/ui/options/resume-section';
import { SalarySection } from '../../src/ui/options/salary-section';
import { errorMessage } from '../../src/ui/options/save-status';
import { type ListedSite, SitesSection } from '../../src/ui/options/sites-section';
import { SkillsSection } from '../../src/ui/options/skills-section';
import { TableOfContents } from '../../src/ui/options/table-of-contents';
import { WorkplaceSection } from '../../src/ui/options/workplace-section';
import { dataActions } from './data-actions';
import { localDate } from './local-date';
import { useSavedJobs } from './use-saved-jobs';
import { useSiteAccess } from './use-site-access';
import { useStoredValue } from './use-stored-value';
import { useSuggestedCurrency } from './use-suggested-currency';

const LISTED_SITES: ListedSite[] = SITE_ADAPTERS.filter((adapter) => adapter.id !== 'jsonld').map((adapter) => ({
  id: adapter.id,
  label: adapter.label,
  access: adapter.access,
  hosts: [...new Set(adapter.matches.map((pattern) => /^[^:]+:\/\/([^/]+)/.exec(pattern)?.[1] ?? pattern))],
}));
const SUGGESTIONS = 8;

/** The page's sections in order, for the table of contents: heading id → title. */
const CONTENTS: readonly [string, string][] = [
  ['skills-heading', 'Your skills'],
  ['resume-heading', 'Skills from your résumé'],
  ['salary-heading', 'Target salary'],
  ['workplace-heading', 'Workplace'],
  ['locations-heading', 'Locations'],
  ['eligibility-heading', 'Deal-breakers'],
  ['currency-heading', 'Currency rates'],
  ['display-heading', 'On job pages'],
  ['sites-heading', 'Sites'],
  ['data-heading', 'Your data'],
];

/** Wiring: reads and writes settings and saved jobs, and hands plain props to the sections. */
export function OptionsPage() {
  const [error, setError] = useState<string | null>(null);
  const report = (prefix: string) => (e: unknown) => setError(`${prefix}: ${errorMessage(e)}`);

  const [profile, setProfileState] = useStoredValue(getProfile, watchProfile, report('Could not read your profile'));
  const [disabledSites] = useStoredValue(getDisabledSites, watchDisabledSites, report('Could not read the site switches'));
  const [highlights, setHighlights] = useStoredValue(getHighlightsEnabled, watchHighlightsEnabled, report('Could not read the display settings'));
  const [rates] = useStoredValue(getCurrencyRates, watchCurrencyRates, report('Could not read the currency rates'));
  const access = useSiteAccess(ASK_SITES, report('Could not check which sites Jobmark may read'));
  const { db, jobCount } = useSavedJobs(report('Could not count your saved jobs'));
  const suggestedCurrency = useSuggestedCurrency(db, profile, rates, jobCount, report('Could not read your saved jobs'));

  // The latest profile, so two quick edits build on each other rather than on the same old value.
  const latest = useRef(profile);
  latest.current = profile;

  /**
   * Writes a change to the profile. Shown at once; if storage refuses it, the stored profile
   * is read back so the page never shows what was not saved, and the caller hears why.
   */
  const updateProfile = async (change: (current: Profile) => Profile): Promise<void> => {
    const current = latest.current;
    if (!current) throw new Error('Your profile has not loaded yet.');
    const next = change(current);
    latest.current = next;
    setProfileState(next);
    try {
      await setProfile(next);
    } catch (e) {
      getProfile().then(setProfileState, () => {});
      throw e;
    }
  };

  /** For the sections without their own status line: failures show at the top of the page. */
  const save = (work: Promise<unknown>) => {
    setError(null);
    work.catch((e: unknown) => setError(`Not saved: ${errorMessage(e)}`));
  };

  const addSkills = (added: readonly ProfileSkill[]) =>
    updateProfile((p) => {
      // Store the dictionary's name ("Golang" → Go) so matching needs no second lookup; a
      // skill added again takes its new level.
      const named = added.map((s) => ({ ...s, name: lookupSkill(s.name)?.name ?? s.name.trim() }));
      const replaced = new Set(named.map((s) => s.name.toLowerCase()));
      return { ...p, skills: [...p.skills.filter((s) => !replaced.has(s.name.toLowerCase())), ...named] };
    });
  const updateSkills = (change: (skills: Profile['skills']) => Profile['skills']) =>
    save(updateProfile((p) => ({ ...p, skills: change(p.skills) })));

  if (!profile || !rates || disabledSites === null || highlights === null) {
    return (
      <main>
        <h1>Jobmark options</h1>
        <p role={error ? 'alert' : 'status'} class={error ? 'error' : 'hint'}>
          {error ?? 'Loading your settings…'}
        </p>
        {error && (
          <button type="button" onClick={() => location.reload()}>
            Try again
          </button>
        )}
      </main>
    );
  }
  const data = dataActions(db);
  return (
    <main>
      <h1>Jobmark options</h1>
      <p class="hint">Everything here stays in this browser. Changes are saved as you make them.</p>
      <TableOfContents entries={CONTENTS} />
      <p role="alert" class="error">
        {error}
      </p>
      <SkillsSection
        skills={profile.skills}
        suggest={(text) => suggestSkills(text, SUGGESTIONS).map((entry) => entry.name)}
        onAdd={(typed, level: SkillLevel) => save(addSkills([{ name: typed, level }]))}
        onRemove={(name) => updateSkills((skills) => skills.filter((s) => s.name !== name))}
        onLevel={(name, level) => updateSkills((skills) => skills.map((s) => (s.name === name ? { ...s, level } : s)))}
      />
      <ResumeSection profileSkills={profile.skills.map((s) => s.name)} onAdd={addSkills} />
      <SalarySection
        target={profile.targetSalary}
        currencies={Object.keys(rates.rates).sort()}
        defaultCurrency={suggestedCurrency}
        onSave={(targetSalary) => updateProfile((p) => ({ ...p, targetSalary }))}
        onClear={() => updateProfile((p) => ({ ...p, targetSalary: null }))}
      />
      <WorkplaceSection workplaces={profile.workplaces} onChange={(workplaces) => updateProfile((p) => ({ ...p, workplaces }))} />
      <LocationsSection locations={profile.locations} onChange={(locations) => updateProfile((p) => ({ ...p, locations }))} />
      <EligibilitySection eligibility={profile.eligibility} onChange={(eligibility) => updateProfile((p) => ({ ...p, eligibility }))} />
      <CurrencySection
        rates={rates}
        shipped={SHIPPED_CURRENCY_RATES}
        today={localDate(new Date())}
        targetCurrency={profile.targetSalary?.currency ?? null}
        onChange={setCurrencyRates}
      />
      <DisplaySection
        highlightsEnabled={highlights}
        onToggleHighlights={(enabled) => {
          setHighlights(enabled);
          save(setHighlightsEnabled(enabled));
        }}
      />
      <SitesSection
        sites={LISTED_SITES}
        disabledSites={disabledSites}
        granted={access.granted}
        allSitesGranted={access.allSites}
        onToggleSite={(id, enabled) => save(setSiteEnabled(id, enabled))}
        // Each called straight from the click: browsers grant permissions only on a user gesture.
        onRequestSite={(id) => save(access.requestSite(id))}
        onRevokeSite={(id) => save(access.revokeSite(id))}
        onRequestAllSites={() => save(access.requestAllSites())}
        onRevokeAllSites={() => save(access.revokeAllSites())}
      />
      <DataSection
        jobCount={jobCount}
        onExportJson={() => data.exportJson(document, new Date())}
        onExportCsv={() => data.exportCsv(document, new Date())}
        onImport={(text) => data.importText(text)}
        onDeleteAll={() => data.deleteAll()}
      />
    </main>
  );
}
