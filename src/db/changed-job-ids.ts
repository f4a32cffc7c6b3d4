import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/**
 * Which saved jobs a Dexie change touched, read from the parts Dexie reports after every
 * write (its `storagemutated` event, in this page or — through a BroadcastChannel — in any
 * other page or the background): the ids written or deleted, `'all'` when the change names
 * a range instead of keys (a clear, a bulk write of 50 or more, a page restored from the
 * back-forward cache), or null when the `jobs` table was not touched.
 *
 * Parts that crossed a BroadcastChannel are plain objects (the RangeSet class is lost), so
 * the interval tree is walked by its fields, not iterated.
 */
export function changedJobIds(parts: ObservabilitySet, dbName: string): Set<string> | 'all' | null {
  if (parts.all) return 'all';
  const tree: IntervalTree | undefined = parts[`idb://${dbName}/jobs/`];
  if (!tree || tree.d === 0) return null;
  const ids = new Set<string>();
  const stack: IntervalTreeNode[] = [tree as IntervalTreeNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    ids.add(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return ids;
}
