import { bracketDepths } from '../text/brackets.js';
import { simplifiedForm } from '../text/simplified-form.js';

/** A place without a body of its own (`各区`, `各有关区`, `市`, `县（区）`): in `各区、县级市政府` it shares the body that follows. */
const BARE_PLACE = /^[各全本]?(?:有关|相关)?(?:省|市|区|县|县级市|旗|乡|镇|乡镇|街道|州|盟|自治区|直辖市|地|县（市、区）|县（区）|县（市）|区（县）|旗县区|县区|县市区)$/u;
/** The bodies a list of places can share: `县级市政府`, `县（区）级党委`, `县人民政府`. */
const SHARED_BODY = /(?:人民政府|政府|党委|党组|党委政府|管委会|级党委|级政府)$/u;
/** Words that start a unit of its own rather than finish the place before it. */
const OWN_START = /^(?:各|有关|相关|全)/u;

/**
 * Splits a list of responsible units on `、`, `，` and `等和`, outside brackets, dropping a
 * closing `等` and a generic tail after it (`全国总工会等` → `全国总工会`, `商务部等有关部门` →
 * `商务部`, `…等相关单位`); places listed before a body they share stay one
 * unit: `各区、县级市政府` is one unit, `各县（区）、各有关部门` two.
 * @param list the units of one role, as written (`省商务厅、合肥海关`)
 */
export function splitUnits(list: string): string[] {
  const inside = bracketDepths(list);
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    if (i < list.length && inside[i]) continue;
    let width = 0;
    if (i === list.length || '、，,；;'.includes(list[i]!)) width = 1;
    else if (list.startsWith('等和', i) || list.startsWith('以及', i)) width = 2;
    else if ((list[i] === '和' || list[i] === '及') && list[i + 1] === '各') width = 1;
    if (!width) continue;
    pieces.push(list.slice(start, i));
    start = i + width;
    i += width - 1;
  }
  const units: string[] = [];
  let places: string[] = [];
  for (const raw of pieces) {
    const written = raw.trim();
    const tail = /等(?:各?(?:有关|相关))?(?:单位|部门)?$/u.exec(simplifiedForm(written));
    const unit = (tail ? written.slice(0, tail.index) : written).trim();
    if (!unit) continue;
    if (BARE_PLACE.test(simplifiedForm(unit))) {
      places.push(unit);
      continue;
    }
    if (places.length && SHARED_BODY.test(simplifiedForm(unit)) && !OWN_START.test(unit)) {
      units.push([...places, unit].join('、'));
    } else {
      units.push(...places, unit);
    }
    places = [];
  }
  units.push(...places);
  return units;
}

/** Endings of the names of bodies that can answer for a task. */
const BODY_END =
  /(?:厅|局|委|办|部|府|政府|委员会|单位|部门|中心|集团|公司|海关|银行|支行|分行|院|会|室|组|处|所|队|站|社|联|团|署|馆|协|台|校|科|机关|党委|党组|党组织|管委会|工委|专班|企业|高校|学校|医院|机构|中央|总社|街道|乡镇|社区|镇|乡|区|县|市|旗|州|盟|村|（[^（）]*）)$/u;

/**
 * Whether a piece of text reads as the name of a body (`省商务厅`, `各市人民政府`, `扶贫办`) and
 * not as prose: short, without sentence punctuation, ending the way names of bodies end.
 * @param unit one unit from `splitUnits`
 */
export function looksLikeUnit(unit: string): boolean {
  if (unit.length < 2 || unit.length > 40) return false;
  if (/[。；！？：:《》]/u.test(unit)) return false;
  return BODY_END.test(simplifiedForm(unit));
}
