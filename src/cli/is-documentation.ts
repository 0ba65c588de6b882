/**
 * The names a project gives its own documentation (README, CHANGELOG, LICENSE …), in any case and
 * with any extension: files that stand beside plans in a folder of plans but are not plans.
 */
const DOCUMENTATION = /^(?:readme|changelog|changes|history|news|license|licence|copying|contributing|code_of_conduct|security|authors|notice|todo)(?:\.[^.]*)?$/i;

/**
 * Whether a file found in a folder is the folder's documentation rather than a plan, so that a
 * run over the folder leaves it out (a file named on the command line is always read).
 * @param name the file's name, without its folder
 */
export function isDocumentation(name: string): boolean {
  return DOCUMENTATION.test(name);
}
