import * as z from 'zod';
import { Block } from './block.js';
import { Obligation, UnitNote } from './obligation.js';
import { Position } from './position.js';

/** The level a marker style stands for, from `一、` (section) down to `①` (point). */
export const NodeKind = z.enum(['section', 'subsection', 'item', 'subitem', 'point']).meta({ id: 'NodeKind' });
export type NodeKind = z.infer<typeof NodeKind>;

/**
 * The number of a node as written (`raw`, with any spaces after it), its value, and its style:
 * the marker with the numeral replaced by 1, １, 一 or ① (`1.`, `1．`, `（一）`, `(1)`), so that
 * `1.` beside `1．` can be told apart.
 */
export const Num = z
  .object({
    raw: z.string(),
    value: z.int().min(0),
    style: z.string(),
  })
  .meta({ id: 'Num' });
export type Num = z.infer<typeof Num>;

/**
 * A numbered part of the plan. The source of a node is, in order:
 * `lead`, `num.raw`, `title` (`titleAsWritten` when given), `titleEnd`, `text`, `trail`, then its
 * `blocks`, then its `children`.
 * (`notes` only points into that source, it adds none.)
 */
export const Node = z
  .object({
    kind: NodeKind,
    eId: z.string(),
    num: Num,
    title: z.string().nullable(),
    /**
     * The title as the source writes it, line breaks and indentation included, when a hard wrap
     * broke it over lines; `title` then holds it read as one line. The source of a node uses
     * this one.
     */
    titleAsWritten: z.string().optional(),
    titleEnd: z.string(),
    label: z.string().min(1),
    text: z.string(),
    lead: z.string(),
    trail: z.string(),
    get blocks() {
      return z.array(Block);
    },
    get obligations() {
      return z.array(Obligation);
    },
    get children(): z.ZodArray<typeof Node> {
      return z.array(Node);
    },
    position: Position.nullable(),
    /**
     * The unit notes that cover the whole node: one note closing the node and covering all its
     * sentences, or note lines (`牵头单位：…`) under it. Its children's obligations without notes
     * of their own take their units from here. Set by `extract`; absent in a tree fresh from `parse`.
     */
    get notes() {
      return z.array(UnitNote).optional();
    },
  })
  .meta({ id: 'Node' });
export type Node = z.infer<typeof Node>;
