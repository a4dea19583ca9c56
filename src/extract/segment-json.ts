/**
 * The segment stage for metadata JSON: configured string fields become units.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { checkFieldPatterns } from './check-field-patterns.js';
import { getLineColumn } from './get-line-column.js';
import { getLineStarts } from './get-line-starts.js';
import { isFieldMatch } from './is-field-match.js';
import type { Unit } from './unit.js';

/**
 * Split a metadata JSON document into `metadata` units: every string value whose path
 * matches one of `fields` (dot paths, `*` matching one key or array index).
 *
 * Invariant: units are in document order; `raw` is the string literal's source between
 * its quotes (`source.slice(start, end) === raw`), `text` its decoded value, `field` the
 * concrete path (`goals.0.name`) and `section` that path with `.` replaced by `-`.
 * Keys and non-string values are never units.
 *
 * @param source The JSON text.
 * @param fields Field patterns, e.g. `['title', 'ui.*', 'goals.*.name']`.
 * @returns The units of `source`.
 * @throws {Error} When a field pattern is malformed or `source` is not valid JSON.
 */
export function segmentJson(source: string, fields: readonly string[]): Unit[] {
  checkFieldPatterns(fields, 'fields');
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const lineStarts = getLineStarts(source);
  const [error] = errors;
  if (error !== undefined || root === undefined) {
    const { line, column } = getLineColumn(lineStarts, error?.offset ?? 0);
    const reason = error === undefined ? 'empty document' : printParseErrorCode(error.error);
    throw new Error(`Cannot segment JSON: ${reason} at ${line}:${column}; expected a JSON document`);
  }
  const units: Unit[] = [];
  const visit = (node: JsonNode, path: string[]): void => {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key !== undefined && value !== undefined) visit(value, [...path, String(key.value)]);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (node.type === 'string' && isFieldMatch(fields, path)) {
      const start = node.offset + 1;
      const end = node.offset + node.length - 1;
      const { line, column } = getLineColumn(lineStarts, start);
      const field = path.join('.');
      units.push({
        kind: 'metadata',
        text: String(node.value),
        raw: source.slice(start, end),
        start,
        end,
        line,
        column,
        prefix: '',
        containers: [],
        section: path.join('-'),
        field,
      });
    }
  };
  visit(root, []);
  return units;
}
