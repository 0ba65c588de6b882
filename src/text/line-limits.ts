/** Longest lead sentence still read as a title; the seed's longest is 24 characters. */
export const MAX_TITLE = 40;

/**
 * Longest line read as a unit cell of a table copied one cell per line: `市发展改革委、工业和信息化委、住房和城乡建设局等` has
 * 24 characters, and a cell naming a leader with the unit (`分管副县长、县住房和城乡建设局局长、…`) runs longer; a task line
 * without a stop is rarer past 40, and one with `，` or `。` is never read as a unit cell.
 */
export const MAX_UNIT_LINE = 40;
