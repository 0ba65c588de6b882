/*
 * The numbers the alignment decides by. Similarities are bigram Dice coefficients (see
 * `similarity.ts`); the figures quoted were measured on the seed and on the yearly editions in
 * the shared corpus (MIIT standardisation work points 2018/2019, Digital Shandong 2019/2021).
 */

/**
 * Weight of the title when both nodes have a title and a body (the body weighs the rest).
 * Titles are the short names analysts recognise a task by, but they are reworded as often as
 * bodies (`推进智能制造升级` → `实施智能制造提升行动`); at 0.4 a task whose title changed and body
 * stayed, and one whose body was rewritten under the same title, both stay well above the
 * thresholds below, while two different tasks with alike titles do not.
 */
export const TITLE_WEIGHT = 0.4;

/**
 * Lowest similarity for two nodes (or obligations) under corresponding parents to be taken as
 * the same task. About twice the median similarity between two different items of one edition
 * (seed 0.021, Shandong 2019 0.044, 2021 0.038), so a pair must share more than the plan's
 * vocabulary. The real line between siblings is drawn by the distinctness rule: a pair must be at
 * least as alike as either unit is to any of its siblings (for a move, to any other unit of its
 * own edition).
 */
export const MATCH_WITHIN = 0.1;

/**
 * Similarity from which a pair is taken without the distinctness rule. The rule guards against
 * pairs that share only the plan's vocabulary (the seed's section 一 has four items 0.29–0.33
 * alike, all about XXX法治思想); a pair this alike shares most of its distinctive words, and in a
 * templated list whose items differ only in a name or a number the siblings are as alike as the
 * pair, so the rule would otherwise leave every item unpaired.
 */
export const CLEARLY_SAME = 0.6;

/**
 * How much more alike a counterpart under another parent must be for a unit to leave a weak pair
 * in its own parent and be reported as moved: a related new task that took an old one's place
 * (`开展入河排污口排查整治` → `开展重点河湖水质提升行动`, 0.32) must not hide the old task's
 * unchanged text in another section (1.00). Together with `CLEARLY_SAME` as the least such
 * counterpart, a reworded task (0.3–0.6 alike) is never pulled away by a sibling-alike text.
 */
export const BETTER_ELSEWHERE = 0.3;

/**
 * Lowest similarity for two leftover nodes (or obligations) under parents that do not
 * correspond to be taken as one task that moved. Moves have no parent to vouch for them, so the
 * bar is the 99th percentile of similarity between two different items of one edition (seed
 * 0.21, Shandong 2019 0.20, 2021 0.15); the moved items of the MIIT editions score 0.25–0.61.
 */
export const MATCH_MOVED = 0.2;

/**
 * Bonus, in the assignment inside one parent only, for keeping the same relative place among
 * the siblings (full bonus at the same place, none at opposite ends). Plans keep their order, so
 * of two near-equal candidates the one in place wins (MIIT 2018 section 一 is 0.46 alike to 2019
 * section 一 and 0.47 to 2019 section 二); it is small enough never to outweigh a real difference.
 */
export const ORDER_BONUS = 0.05;

/**
 * Share of a unit's text (IDF-weighted bigrams) that each piece of a split (or merge) must cover
 * and the other pieces do not. A tenth: MIIT 2018 三.1 (WP29 and ISO/TC22) is covered 0.33 by
 * 2019 三.2 alone and 0.46 by 三.1 and 三.2 together, since both pieces were also expanded; a
 * new item that merely sits next to a reworded one adds little it did not already share.
 */
export const PIECE_COVERAGE = 0.1;

/**
 * Fewest bigrams a unit's text must have for a split or merge of it to be judged. In a short
 * slogan (a section title of 15–25 characters) two clauses matching two different new titles is
 * chance, not a split: MIIT 2018 一、贯彻标准体系建设指南，加快重点标准制修订 shares one clause with
 * 2019 一 and the other with 2019 二, while its items went their separate ways. Items run from
 * about 40 characters up.
 */
export const SPLIT_MIN_LETTERS = 30;

/**
 * Similarity below which a match is flagged as low-confidence in every report: matches are
 * accepted from `MATCH_WITHIN` (0.1) up, and in long prose (the government work reports, 30–100
 * sentences per node) true and false matches both sit between 0.1 and 0.3, so a reader should
 * check a match below 0.3 against the text.
 */
export const LOW_CONFIDENCE = 0.3;

/**
 * Weight of nearness in the document when pairing moves: far below any difference of
 * similarity, it only decides between equal candidates (a sentence an edition repeats).
 */
export const TIE_BREAK = 1e-6;

/**
 * Share of the smaller node's obligations that must be matched under the other node for two
 * nodes left alone to be paired by their sentences (`pair-by-members.ts`). A fifth: the work
 * report section 2017 （三）进一步释放国内需求潜力 (31 sentences) was split into 2018 （七）积极扩大消费和
 * 促进有效投资 (3 of its 14 sentences matched, 0.21) and （六）扎实推进区域协调发展战略 (4 of 15, 0.27);
 * two unrelated sections share a sentence or two by chance (a slogan both repeat), a tenth at most.
 */
export const MEMBERS_FOLLOWED = 0.2;

/** Fewest obligations that must follow for a pair by sentences: one shared sentence is chance. */
export const MEMBERS_FOLLOWED_FEWEST = 2;

/**
 * Least similarity of two plans' names (titles, years aside, plain bigram Dice) for `diff` of two
 * folders to take them as editions of one plan. Over half: two plans of one kind from two offices
 * share the kind and the place (`市生态环境局工作要点` / `市交通运输局工作要点` 0.44; `全面依法治市工作要点` /
 * `法治政府建设工作要点` 0.44), while a title that gained a word or lost a prefix keeps most of
 * its bigrams (`关于全面推进依法行政工作要点` / `全面推进依法行政工作要点` 0.92). A plan whose title was
 * rewritten (`数字山东发展规划` → `数字山东建设行动方案`, 0.38) is left unpaired, in the report's list.
 */
export const EDITION_MATCH = 0.5;

/** Fewest characters of a name (years aside) that tell a plan: below it, the plan is named by how it opens. */
export const PLAN_NAME_LEAST = 4;

/** Characters of a plan's opening that name it when it has no title: a sentence or two, enough to tell plans apart, short enough that a year's edits barely touch it. */
export const PLAN_OPENING = 120;
