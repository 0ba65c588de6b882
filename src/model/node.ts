import * as z from 'zod';
import { Block } from './block.js';
import { Obligation } from './obligation.js';
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
 * `lead`, `num.raw`, `title`, `titleEnd`, `text`, `trail`, then its `blocks`, then its `children`.
 */
export const Node = z
  .object({
    kind: NodeKind,
    eId: z.string(),
    num: Num,
    title: z.string().nullable(),
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
  })
  .meta({ id: 'Node' });
export type Node = z.infer<typeof Node>;
