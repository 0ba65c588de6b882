import * as z from 'zod';
import type { Language } from './language.js';
import { translate } from './translate.js';

/** zod's own Chinese, for the issues a configuration or a compiled edition rarely gives; made once. */
const ZOD_ZH = z.locales.zhCN().localeError;

/**
 * The messages of zod's issues in the interface's language, for one parse
 * (`Config.safeParse(value, { error: localizeIssues(lang) })`). In Chinese, the issues a
 * hand-written configuration or JSON file gives (a wrong type, a value not among the choices, an
 * unknown key) come from the catalogue, any other from zod's own `z.locales.zhCN`; in English,
 * zod's own messages, unchanged (the catalogue's English says the same, for the messages this
 * tool makes itself).
 * Note: passed to each parse rather than set with `z.config`, which is global to zod: it would
 * change the messages of every schema in a process that uses this package as a library, and
 * one run's language would leak into the next run in the same process (the tests, a server).
 * @param lang the language of the interface
 */
export function localizeIssues(lang: Language = 'en'): z.core.$ZodErrorMap {
  return (issue) => {
    if (lang !== 'zh') return undefined;
    switch (issue.code) {
      case 'invalid_type':
        return translate(lang, 'issue.invalid-type', { expected: issue.expected, received: typeOfValue(issue.input) });
      case 'invalid_value':
        return translate(lang, 'issue.invalid-value', { values: issue.values.map((value) => JSON.stringify(value) ?? String(value)) });
      case 'unrecognized_keys':
        return translate(lang, 'issue.unrecognized-keys', { keys: issue.keys });
      default:
        return ZOD_ZH(issue);
    }
  };
}

/** What kind of value a JSON or YAML value is, in zod's words (`array`, `null`, `number` …). */
function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}
