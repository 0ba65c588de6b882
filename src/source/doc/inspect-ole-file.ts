import * as CFB from 'cfb';

/**
 * What an OLE compound file (the container of old Office files) holds, by its streams:
 * a password-protected Office file of any kind (`EncryptionInfo` + `EncryptedPackage`: Word,
 * Excel or PowerPoint encrypt .docx/.xlsx/.pptx this way), an old Word or WPS document
 * (`WordDocument`), which may itself be password-protected, an Excel workbook, a PowerPoint
 * presentation, or something else; 'damaged' when the container cannot be read.
 */
export type OleFileKind = 'encrypted-package' | 'word' | 'encrypted-word' | 'excel' | 'powerpoint' | 'other' | 'damaged';

/** The flag of the Word 97 file information block (FIB) that says the document is encrypted: bit 0 of byte 11 ([MS-DOC] 2.5.2). */
const FIB_FLAGS_BYTE = 11;
const FIB_ENCRYPTED = 0x01;
/** Where the FIB gives the size of the list format overrides (lcbPlfLfo, [MS-DOC] 2.5.6), which numbered paragraphs point at. */
const FIB_LIST_OVERRIDES_SIZE = 0x2ee;

/**
 * The kind of an OLE compound file, and for a Word document whether it has automatic numbering
 * (list format overrides that numbered paragraphs point at).
 * @param bytes the file
 */
export function inspectOleFile(bytes: Uint8Array): { kind: OleFileKind; lists: boolean } {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    return { kind: 'damaged', lists: false };
  }
  const streams = new Map(container.FileIndex.map((entry) => [entry.name, entry]));
  if (streams.has('EncryptionInfo') && streams.has('EncryptedPackage')) return { kind: 'encrypted-package', lists: false };
  const word = streams.get('WordDocument');
  if (word) {
    // The stream's bytes: cfb gives a typed array or, for some files, a plain array of numbers.
    const content = word.content as ArrayLike<number> | undefined;
    if (!content || content.length <= FIB_FLAGS_BYTE) return { kind: 'damaged', lists: false };
    if (((content[FIB_FLAGS_BYTE] ?? 0) & FIB_ENCRYPTED) !== 0) return { kind: 'encrypted-word', lists: false };
    let lists = false;
    for (let at = FIB_LIST_OVERRIDES_SIZE; at < FIB_LIST_OVERRIDES_SIZE + 4 && at < content.length; at++) lists ||= (content[at] ?? 0) !== 0;
    return { kind: 'word', lists };
  }
  if (streams.has('Workbook') || streams.has('Book')) return { kind: 'excel', lists: false };
  if (streams.has('PowerPoint Document')) return { kind: 'powerpoint', lists: false };
  return { kind: 'other', lists: false };
}
