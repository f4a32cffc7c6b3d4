import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentScriptViolations,
  cycles,
  isTest,
  layoutFolder,
  purityViolations,
  testImportViolations,
  unreachedProductFiles,
} from './boundaries';
import { importGraphFrom } from './import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Source files under a folder, relative to `root`, found on disk (new files count before they are committed). */
function sourceFiles(root: string, folder: string): string[] {
  return (readdirSync(path.join(root, folder), { recursive: true }) as string[])
    .map((file) => `${folder}/${file.split(path.sep).join('/')}`)
    .filter((file) => /\.(ts|tsx|mts|mjs)$/.test(file) && !file.endsWith('.d.ts'))
    .sort();
}

const productFiles = [...sourceFiles(ROOT, 'src'), ...sourceFiles(ROOT, 'entrypoints')];
const contentScripts = productFiles.filter((file) => /^entrypoints\/[^/]+\.content\/index\.tsx?$/.test(file));

/** What starts the code in src/: the entrypoints, the package scripts, and the files wxt.config.ts puts in by path. */
function entryFiles(): string[] {
  const scripts = Object.values(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>);
  const fromScripts = scripts.flatMap((script) => [...script.matchAll(/\btsx (\S+\.tsx?)/g)].map((m) => m[1]!));
  const fromConfig = [...readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/'(src\/[^']+\.tsx?)'/g)].map((m) => m[1]!);
  return [...productFiles.filter((file) => file.startsWith('entrypoints/') && !isTest(file)), ...fromScripts, ...fromConfig, 'wxt.config.ts'];
}

describe('the layout holds (import graph of src/ and entrypoints/)', () => {
  it('finds the content scripts it checks', () => {
    expect(contentScripts).toEqual(expect.arrayContaining(['entrypoints/job-page.content/index.ts', 'entrypoints/any-page.content/index.ts']));
  });

  it('content scripts run only page-side and pure code: no database, background, settings writes or popup', () => {
    expect(contentScriptViolations(importGraphFrom(ROOT, contentScripts), contentScripts)).toEqual([]);
  });

  const everything = importGraphFrom(ROOT, productFiles, 'all');

  it('pure folders (core, extract, sources, compare) import only pure code and no extension API', () => {
    expect(purityViolations(everything)).toEqual([]);
  });

  it('product code never imports test kits from test/', () => {
    expect(testImportViolations(everything)).toEqual([]);
  });

  it('no two files import each other round in a circle', () => {
    const productOnly = new Map([...everything].filter(([file]) => !isTest(file)));
    expect(cycles(productOnly)).toEqual([]);
  });

  it('folders layer: no folder imports one that imports it back', () => {
    const productOnly = new Map([...everything].filter(([file]) => !isTest(file) && !file.startsWith('test/')));
    expect(cycles(productOnly, layoutFolder)).toEqual([]);
  });

  it('every file in src/ is reached from an entry: code that only tests use lives in test/', () => {
    expect(unreachedProductFiles(importGraphFrom(ROOT, entryFiles(), 'all'), productFiles)).toEqual([]);
  });
});

describe('the checks catch a broken layout (a small tree written for the test)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'jobmark-layout-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('entrypoints/page.content/index.ts', "import { mark } from '../../src/content/mark';\nmark();\n");
  write('src/content/mark.ts', "import type { Row } from '../db/rows';\nimport { later } from '../sites/later';\nexport const mark = (row?: Row) => later(row);\n");
  write('src/sites/later.ts', "export const later = (x: unknown) => import('../db/rows').then(() => x);\n");
  write('src/db/rows.ts', "import { kit } from '../../test/support/kit';\nexport interface Row { id: string }\nexport const rows = kit;\n");
  write('test/support/kit.ts', 'export const kit = 1;\n');
  write('src/extract/pure.ts', "import { browser } from 'wxt/browser';\nimport { rows } from '../db/rows';\nexport const pure = [browser, rows];\n");
  write('src/compare/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
  write('src/compare/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
  write('src/settings/s.ts', "import { t } from '../data/t';\nexport const s = t;\n");
  write('src/data/t.ts', "import type { s } from '../settings/s';\nexport const t = 1 as unknown as typeof s;\n");

  it('a content script reaching the database through a dynamic import, with the chain that brought it', () => {
    const entries = ['entrypoints/page.content/index.ts'];
    expect(contentScriptViolations(importGraphFrom(root, entries), entries)).toEqual([
      'the content script runs src/db/rows.ts: entrypoints/page.content/index.ts → src/content/mark.ts → src/sites/later.ts → src/db/rows.ts',
      'the content script runs test/support/kit.ts: entrypoints/page.content/index.ts → src/content/mark.ts → src/sites/later.ts → src/db/rows.ts → test/support/kit.ts',
    ]);
  });

  it('a type-only import is not code the content script runs', () => {
    const graph = importGraphFrom(root, ['src/content/mark.ts']);
    expect(graph.get('src/content/mark.ts')).toMatchObject({ values: ['src/sites/later.ts'], types: ['src/db/rows.ts'] });
  });

  const all = ['src/content/mark.ts', 'src/db/rows.ts', 'src/extract/pure.ts', 'src/compare/a.ts', 'src/settings/s.ts'];
  const graph = importGraphFrom(root, all, 'all');

  it('pure code importing the browser API or the database', () => {
    expect(purityViolations(graph)).toEqual(['src/extract/pure.ts (pure) imports src/db/rows.ts', 'src/extract/pure.ts (pure) imports wxt/browser']);
  });

  it('product code importing a test kit', () => {
    expect(testImportViolations(graph)).toEqual(['src/db/rows.ts imports test/support/kit.ts']);
  });

  it('files in a circle, and folders in a circle through a type import', () => {
    expect(cycles(graph)).toContainEqual(['src/compare/a.ts', 'src/compare/b.ts', 'src/compare/a.ts']);
    expect(cycles(graph, layoutFolder)).toContainEqual(['src/data', 'src/settings', 'src/data']);
  });

  it('a file in src/ that no entry reaches', () => {
    const reached = importGraphFrom(root, ['entrypoints/page.content/index.ts'], 'all');
    expect(unreachedProductFiles(reached, all)).toEqual(['src/compare/a.ts', 'src/extract/pure.ts', 'src/settings/s.ts']);
  });
});
