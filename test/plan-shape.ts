import type { Document, Node } from '../src/model/index.js';

/** Blanks and line breaks, which renderings of one plan (text, Word, PDF, web page) place differently. */
const BLANKS = /[\s\u200b-\u200d\u2060]+/gu;

/**
 * What must not change when one plan is read from another rendering (a Word file, a PDF, a web
 * page): every node's place (eId, which names its parents), kind, number and title, and every
 * obligation's text, leads, partners and deadline. Blanks are taken out of texts, as a PDF's line
 * breaks and a Word file's indents put them elsewhere.
 * @param document a compiled plan
 */
export function planShape(document: Pick<Document, 'body' | 'attachments'>): unknown[] {
  const rows: unknown[] = [];
  const visit = (node: Node) => {
    rows.push({
      eId: node.eId,
      kind: node.kind,
      number: node.num.value,
      title: node.title?.replace(BLANKS, '') ?? null,
      obligations: node.obligations.map((o) => ({
        text: o.text.replace(BLANKS, ''),
        leads: o.leads,
        partners: o.partners,
        deadline: o.deadline?.text.replace(BLANKS, '') ?? null,
      })),
    });
    node.children.forEach(visit);
  };
  document.body.forEach(visit);
  document.attachments.forEach((part, index) => {
    rows.push({ attachment: index + 1, title: part.title?.replace(BLANKS, '') ?? null });
    part.body.forEach(visit);
  });
  return rows;
}
