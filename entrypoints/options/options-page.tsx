import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '../../src/background/all-sites';
import type { Profile, SkillLevel } from '../../src/core/profile';
import { lookupSkill, suggestSkills } from '../../src/extract/skills';
import { getHighlightsEnabled, setHighlightsEnabled, watchHighlightsEnabled } from '../../src/settings/display-settings';
import { getProfile, setProfile, watchProfile } from '../../src/settings/profile-setting';
import { getDisabledSites, setSiteEnabled, watchDisabledSites } from '../../src/settings/site-settings';
import { SITE_ADAPTERS } from '../../src/sites/registry';
import { DisplaySection } from '../../src/ui/options/display-section';
import { SitesSection } from '../../src/ui/options/sites-section';
import { SkillsSection } from '../../src/ui/options/skills-section';

const SITE_IDS = SITE_ADAPTERS.map((adapter) => adapter.id);
const SUGGESTIONS = 8;

/** Wiring: reads and writes settings, and hands plain props to the sections. */
export function OptionsPage() {
  const [profile, setProfileState] = useState<Profile | null>(null);
  const [disabledSites, setDisabled] = useState<string[]>([]);
  const [highlights, setHighlights] = useState(true);
  const [allSites, setAllSites] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const report = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
    Promise.all([getProfile(), getDisabledSites(), getHighlightsEnabled(), browser.permissions.contains(ALL_SITES)])
      .then(([p, d, h, a]) => {
        setProfileState(p);
        setDisabled(d);
        setHighlights(h);
        setAllSites(a);
      })
      .catch(report);
    // Live: another tab, the badge or the popup may change the same settings.
    const unwatch = [watchProfile(setProfileState), watchDisabledSites(setDisabled), watchHighlightsEnabled(setHighlights)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  /** Every write reports its failure on the page rather than failing silently. */
  const save = (work: Promise<unknown>) => {
    setError(null);
    work.catch((e: unknown) => setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`));
  };

  const updateSkills = (change: (skills: Profile['skills']) => Profile['skills']) => {
    if (!profile) return;
    const next = { ...profile, skills: change(profile.skills) };
    setProfileState(next);
    save(setProfile(next));
  };

  if (!profile) return <p aria-live="polite">{error ?? 'Loading your settings…'}</p>;
  return (
    <main>
      <h1>Jobmark options</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <SkillsSection
        skills={profile.skills}
        suggest={(text) => suggestSkills(text, SUGGESTIONS).map((entry) => entry.name)}
        onAdd={(typed, level: SkillLevel) => {
          // Store the dictionary's name ("Golang" → Go) so matching needs no second lookup.
          const name = lookupSkill(typed)?.name ?? typed;
          updateSkills((skills) => [...skills.filter((s) => s.name.toLowerCase() !== name.toLowerCase()), { name, level }]);
        }}
        onRemove={(name) => updateSkills((skills) => skills.filter((s) => s.name !== name))}
        onLevel={(name, level) => updateSkills((skills) => skills.map((s) => (s.name === name ? { ...s, level } : s)))}
      />
      <DisplaySection
        highlightsEnabled={highlights}
        onToggleHighlights={(enabled) => {
          setHighlights(enabled);
          save(setHighlightsEnabled(enabled));
        }}
      />
      <SitesSection
        siteIds={SITE_IDS}
        disabledSites={disabledSites}
        allSitesGranted={allSites}
        onToggleSite={(id, enabled) => save(setSiteEnabled(id, enabled))}
        onRequestAllSites={() =>
          // Called straight from the click: browsers grant permissions only on a user gesture.
          save(browser.permissions.request(ALL_SITES).then(setAllSites))
        }
        onRevokeAllSites={() => save(browser.permissions.remove(ALL_SITES).then((removed) => setAllSites(!removed)))}
      />
    </main>
  );
}
