/**
 * The most bytes the XML read from a zipped input (a Word `.docx`, an OFD file) may unpack to,
 * together: 16 MiB, the same as the bytes read per input by default. The largest plan of the
 * corpus is about 1 MB of XML as Word writes it, so this is 16 times that; and compiling what
 * such XML holds takes about as much memory as compiling a text file at the input cap (a Word
 * file unpacking to 30 MB of XML peaked at 1.8 GB), where the earlier 64 MiB let a 200 KB file
 * take several gigabytes. A file past it is refused as a possible zip bomb.
 */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

/**
 * Compressed bytes handed to the inflater at a time: DEFLATE unpacks at most about 1,032 bytes per
 * byte, so one step can overshoot `MAX_UNPACKED_BYTES` by at most about 4 MiB before it is counted.
 */
export const INFLATE_FEED_BYTES = 4 * 1024;
