import { useEffect, useState } from 'preact/hooks';
import { plainSkillKey, type SkillKey } from '../../compare/match-rule';
import type { JobsServices } from './jobs-services';

/**
 * The skill key for matching: names as written at first, the dictionary's (aliases folded)
 * once `loadSkillKey` has it. Asked for once the first rows are on screen (`started`), so
 * the dictionary's 200+ kB of script load and build after that paint, not before it.
 */
export function useSkillKey(services: JobsServices, started: boolean): SkillKey {
  const [keyOf, setKeyOf] = useState<SkillKey>(() => plainSkillKey);
  useEffect(() => {
    if (!started || !services.loadSkillKey) return;
    let active = true;
    services.loadSkillKey().then(
      (loaded) => active && setKeyOf(() => loaded),
      (failure: unknown) => console.warn('[jobmark] the skill dictionary did not load; skills compare as written', failure),
    );
    return () => void (active = false);
  }, [services, started]);
  return keyOf;
}
