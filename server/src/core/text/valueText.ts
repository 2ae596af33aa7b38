/**
 * A YAML value as text, for a message or a model, without ever throwing.
 *
 * `String(v)` and template literals call the value's own `toString` / `valueOf`: a dossier that
 * writes `referentiel: {toString: false}` gives an object whose `toString` is not a function,
 * and `String()` throws « Cannot convert object to primitive value » (found by the nightly fuzz,
 * seed 20261130). Every place that turns a value read from the dossier into text goes through
 * this function instead. Objects and lists are shown as compact JSON, cut to `max` characters.
 */
export function valueText(value: unknown, max = 80): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return '';
    case 'symbol':
    case 'function':
      return '';
  }
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  let json: string | undefined;
  try {
    // No replacer nor toJSON trust: a `toJSON: …` key is data here, not a method (JSON.stringify
    // only calls it when it is a function, which YAML cannot produce).
    json = JSON.stringify(value);
  } catch {
    json = undefined; // cycles (YAML aliases pointing to a parent) or a hostile getter
  }
  if (json === undefined) return Array.isArray(value) ? '[…]' : '{…}';
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}
