/**
 * How a plan may state its own way of reading unit lists: `排在第一位的部门为牵头部门，下同`,
 * `列第一位者为牵头单位`, `排名第一的单位为牵头单位`, `排在首位的为牵头单位`.
 */
const FIRST_LEADS = /(?:排在|排名|排|列在|列|位列|居)?(?:第一|首)(?:位|个)?(?:的|者)?(?:部门|单位)?(?:者)?(?:为|是|系)(?:牵头|主责|牽頭)(?:部门|单位|部門|單位)?/u;

/**
 * Whether a text states that the first unit of each list leads and the others are partners.
 * @param text any text of the document, such as one clause of a note or a whole paragraph
 */
export function statesFirstUnitLeads(text: string): boolean {
  return FIRST_LEADS.test(text.replace(/\s+/gu, ''));
}
