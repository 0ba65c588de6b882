let segmenter: Intl.Segmenter | undefined;

/**
 * The Chinese word segmenter (`Intl.Segmenter`), one for the whole program, built on first use:
 * building it loads ICU's word dictionary, about 10 ms, which a run that segments nothing
 * (`--help`, a plan without tasks) need not pay.
 */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}
