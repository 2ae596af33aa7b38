/**
 * `yaml` reports each syntax error as an Error object, and V8 captures a stack trace for each:
 * on garbage (an error every two characters) that was half of the parse time. The traces are
 * never read (errors become findings), so none is captured during the parse.
 */
export function withoutStackTraces<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
