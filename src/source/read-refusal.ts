/**
 * Why a reader cannot give the text of an input: a scan without a text layer, an encrypted or
 * password-protected file, a corrupt or oversized archive, a page that only links to the plan.
 * The message is a sentence for the user that says what the file is and what to do; the caller
 * adds the file's name.
 */
export class ReadRefusal extends Error {
  override name = 'ReadRefusal';
}
