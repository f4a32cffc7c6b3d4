/** `npx tsx test/bench/extract-only.ts`: the extraction figures alone, without building or a browser. */
import { benchExtraction } from './extraction';

for (const line of await benchExtraction()) console.log(line);
