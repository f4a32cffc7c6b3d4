/**
 * `npm run bench`: speed figures, one per line as `name: value unit`, so later work can add
 * its own lines and CI logs can be compared. Budgets live in the issues, not in tests.
 * (The extension is built first by the npm script; the browser figures need it.)
 */
import { benchCliDirectory } from './cli-dir';
import { benchBadgeTime, benchContentScriptSize, benchLinkedInPaneSwitch } from './content-script';
import { benchExtraction } from './extraction';
import { benchHostileInputs } from './hostile-inputs';
import { benchPopup } from './popup';

for (const line of await benchExtraction()) console.log(line);
for (const line of benchHostileInputs()) console.log(line);
for (const line of await benchCliDirectory()) console.log(line);
for (const line of benchContentScriptSize()) console.log(line);
for (const line of await benchBadgeTime()) console.log(line);
for (const line of await benchLinkedInPaneSwitch()) console.log(line);
for (const line of await benchPopup()) console.log(line);
