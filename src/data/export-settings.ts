import { deepEqual } from '../core/deep-equal';
import {
  getBadgeCollapsed,
  getBadgeCorner,
  getCurrencyRates,
  getDisabledSites,
  getHighlightsEnabled,
  setBadgeCollapsed,
  setBadgeCorner,
  setCurrencyRates,
  setDisabledSites,
  setHighlightsEnabled,
} from '../settings';
import type { ExportSettings } from './jobmark-export';

/** The settings as every context reads them now (defaults for those never set). */
export async function readExportSettings(): Promise<ExportSettings> {
  const [disabledSites, highlightsEnabled, badgeCollapsed, badgeCorner, currencyRates] = await Promise.all([
    getDisabledSites(),
    getHighlightsEnabled(),
    getBadgeCollapsed(),
    getBadgeCorner(),
    getCurrencyRates(),
  ]);
  return { disabledSites, highlightsEnabled, badgeCollapsed, badgeCorner, currencyRates };
}

/**
 * The settings after an import: the imported choices, except the exchange rates, where the
 * table taken on the later date wins (the imported one on the same date) — an old backup
 * must not roll the rates back.
 */
export function mergeSettings(stored: ExportSettings, imported: ExportSettings): ExportSettings {
  const currencyRates = imported.currencyRates.date >= stored.currencyRates.date ? imported.currencyRates : stored.currencyRates;
  return { ...imported, currencyRates };
}

const SETTERS: { [K in keyof ExportSettings]: (value: ExportSettings[K]) => Promise<void> } = {
  disabledSites: setDisabledSites,
  highlightsEnabled: setHighlightsEnabled,
  badgeCollapsed: setBadgeCollapsed,
  badgeCorner: setBadgeCorner,
  currencyRates: setCurrencyRates,
};

/**
 * Stores the settings that differ from `stored`, and only those: a value equal to what is in
 * use is not written, so an unedited shipped rate table stays unstored and later releases'
 * tables still reach the user. Answers whether anything changed.
 */
export async function writeSettingsChanges(stored: ExportSettings, next: ExportSettings): Promise<boolean> {
  const changed = (Object.keys(SETTERS) as (keyof ExportSettings)[]).filter((key) => !deepEqual(stored[key], next[key]));
  for (const key of changed) await (SETTERS[key] as (value: unknown) => Promise<void>)(next[key]);
  return changed.length > 0;
}
