/**
 * `npm run bench`: speed figures, one per line as `name: value unit`, so later work can add
 * its own lines and CI logs can be compared. Budgets live in the issues, not in tests.
 */
import { benchExtraction } from './extraction';

const lines = await benchExtraction();
for (const line of lines) console.log(line);
