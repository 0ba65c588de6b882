import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, RuleSetting } from '../../model/index.js';
import { rules } from '../rules/index.js';
import { SCHEMA_RULE } from '../validate.js';
import { pointInFile, placeInWords } from './place-in-file.js';
import { allDiagnostics, type Formatter } from './report.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * A SARIF 2.1.0 log with one run: the tool and every rule (with its default level), and one
 * result per finding, located by file and region (columns in UTF-16 code units, end exclusive),
 * for code-scanning dashboards such as GitHub's. A finding in a Word, PDF or OFD file has no
 * region (its lines mean nothing): it points at the file, and its message says where (`page 3`).
 * Unreadable inputs, and the reason a run fails on its warnings alone, are tool notifications.
 * @param report the run's findings
 * @param context the tool's version
 */
export const sarif: Formatter = (report, { version }) => {
  const descriptors = [...rules, SCHEMA_RULE].map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    defaultConfiguration: defaultConfiguration(rule.severity),
  }));
  const index = new Map<string, number>(descriptors.map((descriptor, i) => [descriptor.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policy-compile', version, semanticVersion: version, rules: descriptors } },
        invocations: [
          {
            executionSuccessful: report.unreadable.length === 0,
            toolExecutionNotifications: [
              ...report.unreadable.map(({ problem }) => ({ level: 'error', message: { text: problem } })),
              ...(report.failure ? [{ level: 'error', message: { text: report.failure } }] : []),
            ],
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: allDiagnostics(report).map((d) => ({
          ruleId: d.ruleId,
          ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId)! } : {}),
          level: LEVEL[d.severity],
          message: { text: placeInWords(d.position) ? `${d.message} (${placeInWords(d.position)})` : d.message },
          ...(d.file ? { locations: [location(d, d.file)] } : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function defaultConfiguration(severity: RuleSetting) {
  return severity === 'off' ? { enabled: false } : { level: LEVEL[severity] };
}

function location(d: Diagnostic, file: string) {
  const point = pointInFile(d.position);
  const region = point && {
    startLine: point.start.line,
    startColumn: point.start.column,
    ...(point.end ? { endLine: point.end.line, endColumn: point.end.column } : {}),
  };
  return { physicalLocation: { artifactLocation: { uri: uriOf(file) }, ...(region ? { region } : {}) } };
}

/** A relative path as a relative URI reference (`seeds/a%20b.txt`), an absolute one as a `file:` URL. */
function uriOf(path: string): string {
  return isAbsolute(path) ? pathToFileURL(path).href : path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
