/** The report formats of `validate --format`, the default first; kept apart from the formatters so the command line can offer them without loading any. */
export const REPORT_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;

/** The name of a report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];
