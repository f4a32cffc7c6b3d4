import type { JsonLdReaders } from '../../src/sources/json-ld-posting';
import { descriptionToSectionsInDom } from './description-sections';
import { domTextField } from './dom-text-field';

/**
 * JSON-LD text read with a DOM's own parser instead of htmlparser2 and the entities table:
 * for code that has a DOM and no reason to bundle those (tests of page fixtures use it, and
 * check that it agrees with FILE_READERS, which the background uses).
 */
export const DOM_READERS: JsonLdReaders = { sections: descriptionToSectionsInDom, text: domTextField };
