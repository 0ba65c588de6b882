import type { Change, ChangeKind, ChangeSide, DiffReport } from '../../model/index.js';

/** The kinds in the order reports list them: what a reader looks for first. */
export const KIND_ORDER: ChangeKind[] = ['added', 'removed', 'reworded', 'moved', 'split', 'merged', 'renumbered', 'unchanged'];

/** One thing a report shows: a node (or preamble/closing) record with the obligation records that belong under it. */
export interface Entry {
  change: Change;
  /** A top-level node (a section): reports group what follows under it. */
  heading: boolean;
  /** Changed obligations of this node (not those implied by an added or removed node). */
  obligations: Change[];
  /** Obligations that moved from this node's old side into another node. */
  movedOut: Change[];
}

/**
 * What a report shows, in reading order: every changed node, preamble and closing record, and
 * the sections above changed nodes even when the section itself is unchanged.
 * @param report a comparison
 */
export function entries(report: DiffReport): Entry[] {
  const byId = new Map(report.changes.map((change) => [change.id, change]));
  const obligations = report.changes.filter((change) => change.level === 'obligation' && change.kind !== 'unchanged' && !implied(change, byId));
  const under = new Map<string, Change[]>();
  for (const change of obligations) under.set(change.within!, [...(under.get(change.within!) ?? []), change]);
  const moved = obligations.filter((change) => change.kind === 'moved');

  // Top-level nodes are headings when they hold other nodes (sections), not in a flat list of items.
  const parents = new Set<string>();
  for (const change of report.changes.filter((c) => c.level === 'node')) {
    for (const side of [...change.old, ...change.new]) if (side.path.includes(' › ')) parents.add(`${change.old.includes(side) ? 'old' : 'new'}:${side.path.split(' › ')[0]}`);
  }
  const holds = (change: Change) => change.old.some((side) => parents.has(`old:${side.path}`)) || change.new.some((side) => parents.has(`new:${side.path}`));
  const shown: Entry[] = [];
  let section: Entry | null = null;
  for (const change of report.changes) {
    if (change.level === 'obligation') continue;
    const entry: Entry = {
      change,
      heading: change.level === 'node' && isTopLevel(change) && holds(change),
      obligations: under.get(change.id) ?? [],
      movedOut: moved.filter((other) => other.within !== change.id && change.old.some((side) => other.old.some((o) => o.eId.startsWith(`${side.eId}__obl_`)))),
    };
    const visible = change.kind !== 'unchanged' || entry.obligations.length > 0 || entry.movedOut.length > 0;
    if (entry.heading) {
      section = entry;
      if (visible) shown.push(entry);
      continue;
    }
    if (!visible) continue;
    // An unchanged section is still shown above the changes under it.
    if (section && !shown.includes(section) && change.level === 'node') shown.push(section);
    shown.push(entry);
  }
  return shown;
}

/** An obligation added or removed with its whole node says nothing the node's record does not. */
function implied(change: Change, byId: Map<string, Change>): boolean {
  return (change.kind === 'added' || change.kind === 'removed') && byId.get(change.within ?? '')?.kind === change.kind;
}

function isTopLevel(change: Change): boolean {
  return [...change.old, ...change.new].some((side) => !side.path.includes(' › '));
}

/** Where a record is: `三、 › 12.`, or `三、 › 12. → 六、 › 26.` when it moved or changed number. */
export function where(change: Change): string {
  const olds = change.old.map((side) => side.path).join(' + ');
  const news = change.new.map((side) => side.path).join(' + ');
  if (!olds || !news) return olds || news;
  return olds === news ? olds : `${olds} → ${news}`;
}

/** The name of a record: the label of its new side, else of its old side. */
export function nameOf(change: Change): string {
  const sides: ChangeSide[] = change.new.length ? change.new : change.old;
  return sides.map((side) => side.label).join(' + ');
}

/** The year (or id) of an edition, for headings. */
export function editionName(edition: DiffReport['old']): string {
  return edition.year ? `${edition.id} (${edition.year})` : edition.id;
}

/** How many node records changed (anything but unchanged). */
export function changedNodes(report: DiffReport): number {
  return Object.entries(report.summary.nodes).reduce((n, [kind, count]) => (kind === 'unchanged' ? n : n + count), 0);
}
