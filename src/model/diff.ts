import * as z from 'zod';
import { Position } from './position.js';

/**
 * What happened to a part of the plan between two editions:
 * `unchanged`; `renumbered` (same text, other number); `reworded` (other text, same place);
 * `moved` (to a parent that is not the counterpart of its old parent); `split` (one into
 * several); `merged` (several into one); `added`; `removed`.
 */
export const ChangeKind = z
  .enum(['unchanged', 'renumbered', 'reworded', 'moved', 'split', 'merged', 'added', 'removed'])
  .meta({ id: 'ChangeKind' });
export type ChangeKind = z.infer<typeof ChangeKind>;

/** What a change record is about: a numbered node, an obligation (task sentence), or the unnumbered front, preamble or closing. */
export const ChangeLevel = z.enum(['node', 'obligation', 'text']).meta({ id: 'ChangeLevel' });
export type ChangeLevel = z.infer<typeof ChangeLevel>;

/** The kind of thing one side of a change is: a node kind, an attachment, an obligation, the front, the preamble or the closing. */
export const SideKind = z
  .enum(['section', 'subsection', 'item', 'subitem', 'point', 'attachment', 'obligation', 'front', 'preamble', 'closing'])
  .meta({ id: 'SideKind' });
export type SideKind = z.infer<typeof SideKind>;

/**
 * One side of a change: the node or obligation in one edition. `eId` is its id in that edition's
 * compiled document (`front`, `preamble`, `closing` and `att_N` for the parts that have none); `path` is
 * where a reader finds it (`三、 › 11.`); `text` is the text that was compared (a node's own
 * text without its number and children).
 */
export const ChangeSide = z
  .object({
    eId: z.string(),
    kind: SideKind,
    num: z.string().nullable(),
    path: z.string(),
    label: z.string(),
    text: z.string(),
    position: Position.nullable(),
  })
  .meta({ id: 'ChangeSide' });
export type ChangeSide = z.infer<typeof ChangeSide>;

/** A run of the inline wording comparison: text both sides share, or text only the new (`insert`) or old (`delete`) side has. */
export const WordingPiece = z
  .object({
    op: z.enum(['equal', 'insert', 'delete']),
    text: z.string(),
  })
  .meta({ id: 'WordingPiece' });
export type WordingPiece = z.infer<typeof WordingPiece>;

/** A field of a task that the diff compares on its own: what an analyst asks about a commitment. */
export const TaskField = z.enum(['target', 'deadline', 'leads', 'partners', 'references', 'modality', 'rollover']).meta({ id: 'TaskField' });
export type TaskField = z.infer<typeof TaskField>;

/**
 * A change of one field of a matched task: `target` (quantities with their units and comparison
 * words), `deadline` (normalised: year, month, 底/前), `leads`, `partners`, `references` (cited
 * documents) and `modality`; `old` and `new` list what only that side has (`；` between several).
 * `rollover` records that the task's years moved with the edition's (`2022年度` → `2023年度`),
 * which by itself does not make a task reworded.
 */
export const FieldChange = z
  .object({
    field: TaskField,
    old: z.string(),
    new: z.string(),
  })
  .meta({ id: 'FieldChange' });
export type FieldChange = z.infer<typeof FieldChange>;

/**
 * One typed change record. Every node and obligation of both editions is on exactly one side of
 * exactly one record (unchanged ones included), so the records are the whole alignment.
 * `similarity` (0–1) is given for records that pair old and new; `renumbered` and `reworded`
 * say what else changed in a moved, split or merged record; `within` is the id of the node
 * record an obligation belongs to; `wording` compares old and new text (several nodes of a
 * split or merge are joined by a line break).
 */
export const Change = z
  .object({
    id: z.string(),
    level: ChangeLevel,
    kind: ChangeKind,
    old: z.array(ChangeSide),
    new: z.array(ChangeSide),
    similarity: z.number().min(0).max(1).nullable(),
    renumbered: z.boolean(),
    reworded: z.boolean(),
    within: z.string().nullable(),
    wording: z.array(WordingPiece).nullable(),
    /** Whether the record pairs old and new at a similarity below `LOW_CONFIDENCE` (0.3): a match to check against the text. */
    lowConfidence: z.boolean(),
    /** The changes of the task's fields, for a record that pairs old and new (empty otherwise). */
    fields: z.array(FieldChange),
  })
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

/** How many records of each kind. */
export const KindCounts = z
  .object({
    unchanged: z.int().min(0),
    renumbered: z.int().min(0),
    reworded: z.int().min(0),
    moved: z.int().min(0),
    split: z.int().min(0),
    merged: z.int().min(0),
    added: z.int().min(0),
    removed: z.int().min(0),
  })
  .meta({ id: 'KindCounts' });
export type KindCounts = z.infer<typeof KindCounts>;

/** A term and how often each edition uses it. */
export const TermCount = z
  .object({
    term: z.string(),
    old: z.int().min(0),
    new: z.int().min(0),
  })
  .meta({ id: 'TermCount' });
export type TermCount = z.infer<typeof TermCount>;

/** Names that one edition has and the other has not. */
export const NameChanges = z
  .object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
  })
  .meta({ id: 'NameChanges' });
export type NameChanges = z.infer<typeof NameChanges>;

/**
 * The summary of a comparison: node and obligation records per kind, per top-level section
 * (a section pair, or a section only one edition has, with the records of the nodes under it;
 * a moved node counts where it went), obligation totals, cited documents and units that appear
 * or go, and terms that appear, vanish or shift.
 */
export const DiffSummary = z
  .object({
    nodes: KindCounts,
    obligations: z.object({ old: z.int().min(0), new: z.int().min(0), changes: KindCounts }),
    sections: z.array(
      z.object({
        change: z.string(),
        old: z.string().nullable(),
        new: z.string().nullable(),
        counts: KindCounts,
      }),
    ),
    citedDocuments: NameChanges,
    units: NameChanges,
    terms: z.object({
      added: z.array(TermCount),
      removed: z.array(TermCount),
      shifted: z.array(TermCount),
    }),
  })
  .meta({ id: 'DiffSummary' });
export type DiffSummary = z.infer<typeof DiffSummary>;

/** Which edition a report side is: the document's id, title, year, path and the sha256 of its source. */
export const EditionRef = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    year: z.int().nullable(),
    path: z.string().nullable(),
    sha256: z.string(),
  })
  .meta({ id: 'EditionRef' });
export type EditionRef = z.infer<typeof EditionRef>;

/** The comparison of two editions: whether they differ, the summary and every change record in reading order. */
export const DiffReport = z
  .object({
    old: EditionRef,
    new: EditionRef,
    changed: z.boolean(),
    summary: DiffSummary,
    changes: z.array(Change),
  })
  .meta({ id: 'DiffReport' });
export type DiffReport = z.infer<typeof DiffReport>;

/**
 * How the plans of two folders of editions were paired: each pair (old, new) with the similarity
 * of their titles (years aside) that paired them, and the plans of either folder left without a
 * counterpart. Each pair's comparison is the report at the same place in `reports`.
 */
export const EditionPairing = z
  .object({
    pairs: z.array(z.object({ old: EditionRef, new: EditionRef, similarity: z.number() })),
    unpaired: z.object({ old: z.array(EditionRef), new: z.array(EditionRef) }),
  })
  .meta({ id: 'EditionPairing' });
export type EditionPairing = z.infer<typeof EditionPairing>;

/**
 * A series of editions, each compared with the next; or, with `folders`, the plans of two
 * folders paired by title, each pair compared.
 */
export const DiffSeries = z
  .object({
    editions: z.array(EditionRef),
    reports: z.array(DiffReport),
    folders: EditionPairing.optional(),
  })
  .meta({ id: 'DiffSeries' });
export type DiffSeries = z.infer<typeof DiffSeries>;
