/**
 * One problem on stderr as every command writes it: `error  <message>` and a line end, the word
 * red where colour is on.
 * @param message what went wrong, naming the file where there is one
 * @param colors chalk, possibly without colour
 */
export function errorLine(message: string, colors: { red(text: string): string }): string {
  return `${colors.red('error')}  ${message}\n`;
}
