import { importChain, type ImportGraph } from './import-graph';

/**
 * The rules the tree's layout promises (README, "Where things are"), as checks over the
 * import graph. Each answers the broken rules in words a reader can act on; none means the
 * rule holds.
 */

/**
 * Where content-script code may come from. The page side itself (sites, content, the
 * badge), the shared model (core), and the pure folders, which touch no browser API and
 * no storage: the skill matcher's word boundaries (extract), field-value wording and
 * JSON-LD node finding shared with the file readers (sources), and the salary scale
 * (compare). Never the database, the background, settings writes, imports or the popup.
 */
export const CONTENT_SCRIPT_FOLDERS = [
  'src/sites/',
  'src/content/',
  'src/ui/badge/',
  'src/core/',
  'src/extract/',
  'src/sources/',
  'src/compare/',
] as const;

/** Folders whose code is pure: no browser, no storage, no clock; anyone may import them. */
export const PURE_FOLDERS = ['src/core/', 'src/extract/', 'src/sources/', 'src/compare/'] as const;

/** Packages that mean "inside an extension": pure code must not import them. */
const EXTENSION_PACKAGES = /^(wxt|webextension-polyfill|@wxt-dev\/|dexie)(\/|$)/;

/** Code the content-script entries run (their value imports) from outside the allowed folders. */
export function contentScriptViolations(graph: ImportGraph, entries: readonly string[]): string[] {
  const ownFolders = entries.map((entry) => entry.slice(0, entry.lastIndexOf('/') + 1));
  const broken: string[] = [];
  for (const file of graph.keys()) {
    if (isIn(file, [...CONTENT_SCRIPT_FOLDERS, ...ownFolders])) continue;
    const chain = entries.map((entry) => importChain(graph, entry, file)).find((found) => found.length > 0) ?? [file];
    broken.push(`the content script runs ${file}: ${chain.join(' → ')}`);
  }
  return broken.sort();
}

/** Pure folders importing code from a folder that is not pure, or an extension package. */
export function purityViolations(graph: ImportGraph): string[] {
  const broken: string[] = [];
  for (const [file, imports] of graph) {
    if (!isIn(file, PURE_FOLDERS) || isTest(file)) continue;
    for (const target of imports.values) if (!isIn(target, PURE_FOLDERS)) broken.push(`${file} (pure) imports ${target}`);
    for (const name of imports.packages) if (EXTENSION_PACKAGES.test(name)) broken.push(`${file} (pure) imports ${name}`);
  }
  return broken.sort();
}

/** Product code (src/, entrypoints/) importing from test/: test kits must not ship. */
export function testImportViolations(graph: ImportGraph): string[] {
  const broken: string[] = [];
  for (const [file, imports] of graph) {
    if (isTest(file) || !/^(src|entrypoints)\//.test(file)) continue;
    for (const target of [...imports.values, ...imports.types]) if (target.startsWith('test/')) broken.push(`${file} imports ${target}`);
  }
  return broken.sort();
}

/** Files (or folders, with `groupOf`) that import each other round in a circle, types included. */
export function cycles(graph: ImportGraph, groupOf: (file: string) => string = (file) => file): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    const from = groupOf(file);
    const targets = edges.get(from) ?? new Set<string>();
    edges.set(from, targets);
    for (const target of [...imports.values, ...imports.types]) if (groupOf(target) !== from) targets.add(groupOf(target));
  }
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      found.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of [...(edges.get(node) ?? [])].sort()) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of [...edges.keys()].sort()) visit(node);
  return found;
}

/** The folder a file belongs to for the layering: src/<folder>, src/ui/<part>, entrypoints/<entry>, test. */
export function layoutFolder(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'src') return parts[1] === 'ui' && parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
  if (parts[0] === 'entrypoints') return parts.slice(0, 2).join('/');
  return parts[0]!;
}

/** Product files in src/ that no entry reaches: code only tests use does not belong in src/. */
export function unreachedProductFiles(graph: ImportGraph, productFiles: readonly string[]): string[] {
  return productFiles.filter((file) => file.startsWith('src/') && !isTest(file) && !graph.has(file)).sort();
}

export function isTest(file: string): boolean {
  return /\.test\.tsx?$/.test(file);
}

function isIn(file: string, folders: readonly string[]): boolean {
  return folders.some((folder) => file.startsWith(folder));
}
