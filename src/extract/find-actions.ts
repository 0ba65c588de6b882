import { splitClauses } from '../text/clauses.js';
import { wordSegmenter } from '../text/word-segmenter.js';
import { leadingDate } from './find-deadline.js';
import { looksLikeUnit, splitUnits } from './split-units.js';
import { ADVERBS, FRAMING, MODALS, OPENERS, PREPOSITIONS, SERIAL, VERBS } from './action-lexicon.js';

const longestFirst = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length);
const verbList = longestFirst([...VERBS, ...Object.values(PREPOSITIONS).flatMap((verbs) => verbs ?? [])]);
const adverbList = longestFirst(ADVERBS);
/** The words of a list by their first character, longest first: a lookup per position, not a scan of the lexicon. */
const byFirst = (words: string[]) => {
  const index = new Map<string, string[]>();
  for (const word of words) index.set(word[0]!, [...(index.get(word[0]!) ?? []), word]);
  return index;
};
const verbsByFirst = byFirst(verbList);
const adverbsByFirst = byFirst(adverbList);
const framing = longestFirst(FRAMING);
/** The prepositions whose phrase ends in a verb of their own list (`对…进行`, `把…列为`). */
const PREPOSITIONS_WITH_VERBS = Object.keys(PREPOSITIONS).filter((word) => PREPOSITIONS[word]);

/** The ends of a subject that hands its task to a modal: `…等部门要加强`, `书记要认真履行`. */
const SUBJECT_END =
  /(?:厅|局|委|办|部|府|政府|委员会|单位|部门|中心|集团|公司|海关|院|会|室|组|机关|党委|党组|书记|领导|干部|人员|负责人|人|各地|各级|企业|市|县|区|省|镇|乡|街道|社区|村|机构|组织|学校|高校|医院|群众|媒体|专班|队伍|主体|[）)])$/u;
/** How far into a clause its verb is looked for after a subject or a preposition's phrase; keeps long runs of text linear. */
const REACH = 80;
/** The first characters of the modals, to skip clauses without one. */
const MODAL_START = new RegExp(`[${[...new Set(MODALS.map((word) => word[0]))].join('')}]`, 'u');
/** Adverbs that follow a subject of any kind: `…门户网站均集中迁移至…`, `…事项全部开通…`. */
const SUBJECT_ADVERB = /^(?:均|都|全部|一律)/u;
/** Characters that make a verb before them part of a noun or a modifier: `公开率`, `建设者`, `发展的`. */
const NOUN_SUFFIX = /^[率性度者员量的]$/u;
/** Clauses of circumstance that end in a place word: `在保证市民隐私前提下`, `在…的基础上`. */
const CIRCUMSTANCE_END = /(?:前提下|基础上|过程中|情况下|条件下|同时|期间|之际|以来|方面)$/u;

/**
 * The leading verb phrase of each task in a sentence, one per clause that is a task:
 * `研究制定…，推动建立…，举办…，深化…。` → `研究制定`, `推动建立`, `举办`, `深化`. A phrase is
 * the adverbs before the verb (`深入开展`, `进一步加强`), the verb, and a second verb the first
 * takes (`加快推进`, `建立健全`) or joins with `和` (`巩固和深化`). A subject before a modal is
 * skipped (`书记要认真履行…` → `认真履行`), as is a preposition's phrase (`对…进行评估` →
 * `进行评估`). Clauses of circumstance (`按照省委统一部署`, `通过数据共享`) give none.
 * @param text an obligation's text, without its unit notes
 */
export function findActions(text: string): string[] {
  const actions: string[] = [];
  // The segmenter is asked only where the finder looks, mostly the first words of each clause.
  const isBound = wordBounds(text);
  for (const span of splitClauses(text)) {
    const raw = text.slice(span.start, span.end);
    const clause = opening(raw, (at) => isBound(span.start + at));
    const skipped = span.end - span.start - clause.length;
    const bounds: Bounds = (at) => at === 0 || at === clause.length || (at < clause.length && isBound(span.start + skipped + at));
    const action = clause && clauseAction(clause, bounds);
    if (action) actions.push(action);
  }
  return actions;
}

/** Whether a word of a clause starts or ends at an offset of it; the clause's ends are. */
type Bounds = (at: number) => boolean;

function clauseAction(clause: string, bounds: Bounds): string | null {
  const frame = framing.find((word) => clause.startsWith(word));
  if (frame && !adverbList.some((word) => word.length > frame.length && clause.startsWith(word))) return null;
  const modal = subjectModal(clause, bounds);
  if (modal !== null) return head(clause, modal, bounds) ?? afterListedPreposition(clause, modal, bounds);
  return head(clause, 0, bounds) ?? afterPreposition(clause, bounds) ?? afterSubject(clause, bounds);
}

/**
 * The clause without what opens it but is no part of its action: `一是`, `并`, a time
 * (`2023年6月底前`), a modal (`必须`).
 * @param raw one clause
 * @param isBound whether a word starts or ends at an offset of `raw`
 */
function opening(raw: string, isBound: (at: number) => boolean): string {
  const clause = raw.replace(OPENERS, '');
  const timed = clause.slice(leadingDate(clause));
  const modal = MODALS.find((word) => timed.startsWith(word));
  return modal && isBound(raw.length - timed.length + modal.length) ? timed.slice(modal.length) : timed;
}

/** The action after a preposition's phrase: the first verb the phrase ends in, after an object of two characters at least. */
function afterPreposition(clause: string, bounds: Bounds): string | null {
  const preposition = Object.keys(PREPOSITIONS).find((word) => clause.startsWith(word));
  if (!preposition || CIRCUMSTANCE_END.test(clause)) return null;
  const ends = PREPOSITIONS[preposition];
  for (let at = preposition.length + 2; at < Math.min(clause.length, REACH); at++) {
    if (!bounds(at)) continue;
    if (!ends) {
      const found = head(clause, at, bounds);
      if (found) return found;
    } else if (ends.some((verb) => clause.startsWith(verb, at))) {
      const found = head(clause, at, bounds, false);
      if (found) return withAdverbsBefore(clause, at, found);
    }
  }
  return null;
}

/**
 * The action of a task that opens at `at`, after a subject or its modal, with a preposition's
 * phrase whose verbs are listed (`…要对…进行研究`, `运营单位对合作方实施…`); not with `在…`, which
 * there sets a time or a circumstance (`要在…之日起20个工作日内`).
 */
function afterListedPreposition(clause: string, at: number, bounds: Bounds): string | null {
  const rest = clause.slice(at);
  if (!PREPOSITIONS_WITH_VERBS.some((word) => rest.startsWith(word))) return null;
  return afterPreposition(rest, (offset) => bounds(at + offset));
}

/** The action after a subject without a modal: `重点执法部门定期发布…`, `市司法局负责制定…`, `…网站均集中迁移…`. */
function afterSubject(clause: string, bounds: Bounds): string | null {
  for (let at = 2; at < Math.min(clause.length, REACH); at++) {
    if (!bounds(at) || !(SUBJECT_END.test(clause.slice(0, at)) || SUBJECT_ADVERB.test(clause.slice(at)))) continue;
    if (hasVerb(clause, at, bounds)) return null;
    const found = head(clause, at, bounds) ?? afterListedPreposition(clause, at, bounds);
    if (found) return found;
  }
  return null;
}

/** An action found after a phrase, with the adverbs written right before it (`…积极开展`). */
function withAdverbsBefore(clause: string, at: number, action: string): string {
  let start = at;
  for (;;) {
    const adverb = adverbList.find((word) => clause.slice(0, start).endsWith(word) && start - word.length > 0);
    if (!adverb) return clause.slice(start, at) + action;
    start -= adverb.length;
  }
}

/** Whether the clause holds a verb of the lexicon at a word start before `end`. */
function hasVerb(clause: string, end: number, bounds: Bounds): boolean {
  for (let at = 0; at < end; at++) if (bounds(at) && verbAt(clause, at, bounds)) return true;
  return false;
}

/**
 * Where a subject's modal ends, when the clause opens with a subject: bodies (`发展改革委、扶贫办…等部门要`),
 * a noun that ends like one (`书记要`), or words without a verb of the lexicon (`政务服务窗口要`,
 * `我们要`, `一要`).
 */
function subjectModal(clause: string, bounds: Bounds): number | null {
  // Most clauses hold no modal at all: one native scan instead of a lookup at every offset.
  if (!MODAL_START.test(clause.slice(1, REACH))) return null;
  for (let at = 1; at < Math.min(clause.length, REACH); at++) {
    const modal = bounds(at) ? MODALS.find((word) => clause.startsWith(word, at) && bounds(at + word.length)) : undefined;
    if (!modal) continue;
    const subject = clause.slice(0, at).trim();
    const named = splitUnits(subject);
    const bodies = named.length > 0 && named.every(looksLikeUnit);
    if (bodies || ((SUBJECT_END.test(subject) || !hasVerb(clause, at, bounds)) && verbAt(clause, 0, bounds) === null)) return at + modal.length;
    return null;
  }
  return null;
}

/**
 * The action starting at `at`: adverbs, then a verb, then a second verb it takes; null when no
 * verb follows the adverbs.
 */
function head(clause: string, at: number, bounds: Bounds, withAdverbs = true): string | null {
  let i = at;
  if (withAdverbs) {
    for (;;) {
      if (verbAt(clause, i, bounds) !== null) break;
      // An adverb ends a word, or runs straight into a verb (the segmenter may keep `充分利用` whole).
      const adverb = adverbsByFirst.get(clause[i] ?? '')?.find((word) => clause.startsWith(word, i) && (bounds(i + word.length) || verbAt(clause, i + word.length, bounds) !== null));
      if (!adverb) break;
      i += adverb.length;
      if ('、，'.includes(clause[i] ?? '')) return null;
    }
  }
  const first = verbAt(clause, i, bounds);
  if (first === null) return null;
  let end = i + first.length;
  const joined = /^(?:和|并|及)/u.exec(clause.slice(end));
  const serial = SERIAL[first]?.find((word) => clause.startsWith(word, end));
  if (joined && verbAt(clause, end + 1, bounds) !== null) {
    end += 1 + verbAt(clause, end + 1, bounds)!.length;
  } else if (serial) {
    end += serial.length;
  }
  if (clause[end] === '好' && !clause.startsWith('好', end + 1)) end++;
  return clause.slice(at, end);
}

/** The verb at `at`, longest first, when it ends where a word ends and is not made a noun (`公开率`, `建设者`). */
function verbAt(clause: string, at: number, bounds: Bounds): string | null {
  return (
    verbsByFirst.get(clause[at] ?? '')?.find((verb) => {
      if (!clause.startsWith(verb, at)) return false;
      const end = at + verb.length;
      if (NOUN_SUFFIX.test(clause[end] ?? '')) return false;
      // The segmenter may keep `建立健全` or `巩固和深化` as one word; the verb still counts.
      return bounds(end) || SERIAL[verb]?.some((next) => clause.startsWith(next, end)) || /^[和及并]/u.test(clause.slice(end));
    }) ?? null
  );
}

/** Marks a stretch given to the segmenter may end after. */
const STRETCH_ENDS = new Set('，。；,;');
/** Longest stretch given to the segmenter at once: its time grows faster than the text on long runs. */
const SEGMENT_CHUNK = 200;

/** What is known of an offset: not yet asked, a word starts or ends there, or it falls inside a word. */
const UNKNOWN = 0;
const BOUND = 1;
const INSIDE = 2;

/**
 * Whether a word starts or ends at an offset of a text, by `Intl.Segmenter`. The text is cut into
 * stretches that end after a comma or stop (which ends a word anyway); a stretch is segmented when
 * an offset in it is first asked, and each word found is remembered, so a word is looked up once
 * and the words no one asks about cost no JavaScript objects.
 */
function wordBounds(text: string): (at: number) => boolean {
  const known = new Uint8Array(text.length + 1);
  known[0] = BOUND;
  known[text.length] = BOUND;
  const ends = stretchEnds(text);
  const segmented = new Map<number, Intl.Segments>();
  let stretch = 0;
  return (at) => {
    if (known[at] === UNKNOWN) {
      // Offsets are mostly asked in reading order: move to the stretch that holds `at`.
      while (stretch > 0 && ends[stretch - 1]! > at) stretch--;
      while (ends[stretch]! <= at) stretch++;
      const from = stretch === 0 ? 0 : ends[stretch - 1]!;
      let segments = segmented.get(from);
      if (!segments) {
        segments = wordSegmenter().segment(text.slice(from, ends[stretch]));
        segmented.set(from, segments);
      }
      const word = segments.containing(at - from)!;
      const start = from + word.index;
      const end = start + word.segment.length;
      known[start] = BOUND;
      known[end] = BOUND;
      known.fill(INSIDE, start + 1, end);
    }
    return known[at] === BOUND;
  };
}

/** Where the stretches of a text end: at most `SEGMENT_CHUNK` long, cut after a comma or stop where one is in reach. */
function stretchEnds(text: string): number[] {
  const ends: number[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + SEGMENT_CHUNK);
    if (to < text.length) {
      // Looked for within the stretch only: a search back to the text's start would make a long
      // run without a comma quadratic.
      let cut = to - 1;
      while (cut > from && !STRETCH_ENDS.has(text[cut]!)) cut--;
      if (cut > from) to = cut + 1;
    }
    ends.push(to);
    from = to;
  }
  return ends;
}
