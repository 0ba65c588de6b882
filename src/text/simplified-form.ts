/**
 * Traditional characters of the words that name roles, deadlines and bodies in unit notes
 * (`牽頭`, `負責`, `配合單位`, `完成時限`, `會同`, `廳`, `辦`), each with its simplified form.
 */
const TRADITIONAL = '牽頭負責單門協參與職總實導時間領聯繫會辦進內體關廳處隊團組機黨級區縣鄉鎮臺館園構員屬業場為於開現達動將對應據發劃續個項週際';
const SIMPLIFIED = '牵头负责单门协参与职总实导时间领联系会办进内体关厅处队团组机党级区县乡镇台馆园构员属业场为于开现达动将对应据发划续个项周际';
const MAP = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]!]));
const TRADITIONAL_CHARACTER = new RegExp(`[${TRADITIONAL}]`, 'u');
const TRADITIONAL_CHARACTERS = new RegExp(`[${TRADITIONAL}]`, 'gu');

/**
 * The text with the traditional characters of role and body words written in simplified ones,
 * character for character, so that offsets in it are offsets in the text: `省商務廳牽頭` →
 * `省商務厅牵头`.
 * @param text a note or a unit's name
 */
export function simplifiedForm(text: string): string {
  // Most text holds no traditional character: it is returned as it is, without a copy.
  return TRADITIONAL_CHARACTER.test(text) ? text.replace(TRADITIONAL_CHARACTERS, (c) => MAP.get(c)!) : text;
}
