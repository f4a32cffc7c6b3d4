import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The project's own import graph, read with the TypeScript compiler's parser and resolver,
 * so it sees what the bundler sees: static imports, re-exports and dynamic `import()` (a
 * chunk loaded later still runs where its importer runs). Type-only imports are kept apart:
 * they are erased from the build, so they say nothing about what runs where. Packages
 * (node_modules) are leaves: only the project's own files are followed.
 */
export interface FileImports {
  /** Project files whose code this file runs (relative to the root, forward slashes). */
  readonly values: readonly string[];
  /** Project files it only takes types from. */
  readonly types: readonly string[];
  /** Packages whose code it runs ("wxt/browser", "dexie"), as written. */
  readonly packages: readonly string[];
}

export type ImportGraph = ReadonlyMap<string, FileImports>;

const COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
};

/** Every project file reachable from `entries` (relative paths) through imports of code, types too when asked. */
export function importGraphFrom(root: string, entries: readonly string[], follow: 'values' | 'all' = 'values'): ImportGraph {
  const graph = new Map<string, FileImports>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const imports = importsOf(root, file);
    graph.set(file, imports);
    pending.push(...imports.values, ...(follow === 'all' ? imports.types : []));
  }
  return graph;
}

/** The project files one file imports, split into code and type-only imports. */
export function importsOf(root: string, file: string): FileImports {
  const absolute = path.join(root, file);
  const source = ts.createSourceFile(absolute, readFileSync(absolute, 'utf8'), ts.ScriptTarget.Latest, true);
  const values = new Set<string>();
  const types = new Set<string>();
  const packages = new Set<string>();
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const target = resolveInProject(root, specifier.text, absolute);
    if (target) (typeOnly ? types : values).add(target);
    else if (!typeOnly && !specifier.text.startsWith('.')) packages.add(specifier.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly || onlyTypeExports(node));
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    else if (isWorkerUrl(node)) add(node.arguments![0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal as ts.Expression, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const value of values) types.delete(value);
  return { values: [...values].sort(), types: [...types].sort(), packages: [...packages].sort() };
}

/** `new URL('./worker.mjs', import.meta.url)`: a file started as a worker runs that code too. */
function isWorkerUrl(node: ts.Node): node is ts.NewExpression {
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'URL') return false;
  const [specifier, base] = node.arguments ?? [];
  return specifier !== undefined && ts.isStringLiteralLike(specifier) && specifier.text.startsWith('.') && base?.getText() === 'import.meta.url';
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs x
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function onlyTypeExports(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

function resolveInProject(root: string, specifier: string, fromFile: string): string | null {
  const resolved = ts.resolveModuleName(specifier, fromFile, COMPILER_OPTIONS, ts.sys).resolvedModule;
  if (!resolved || resolved.isExternalLibraryImport) return null;
  const relative = path.relative(root, resolved.resolvedFileName).split(path.sep).join('/');
  return relative.startsWith('..') || relative.includes('node_modules/') ? null : relative;
}

/** The chain of code imports from `from` to `target`, for a message that shows how it got in. */
export function importChain(graph: ImportGraph, from: string, target: string): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === target) break;
    for (const next of graph.get(file)?.values ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, file);
      queue.push(next);
    }
  }
  if (!previous.has(target)) return [];
  const chain = [target];
  while (chain[0] !== from) chain.unshift(previous.get(chain[0]!)!);
  return chain;
}
