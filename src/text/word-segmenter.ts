let segmenter: Intl.Segmenter | undefined;

/**
 * The Chinese word segmenter (`Intl.Segmenter`), one for the whole program, built on first use:
 * building it loads ICU's word dictionary, about 10 ms, which a run that segments nothing
 * (`--help`, a plan without tasks) need not pay.
 * Note: the first `Intl` object of a process also makes V8 build its list of ICU's locales
 * (`Intl::GetAvailableLocales`, every locale canonicalized), some 18 ms of a short run. How the
 * segmenter is asked for does not avoid it (measured: `localeMatcher: 'lookup'`, `'zh-Hans-CN'`,
 * no locale, and `Intl.Segmenter.supportedLocalesOf` alone all cost the same), and building it
 * ahead on a worker thread, whose list the main thread would share, cost more CPU than it saved.
 */
export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}
