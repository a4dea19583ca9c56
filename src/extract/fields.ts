/**
 * Configured fields as units: dot-path patterns (`goals.*.name`), checked and matched, select
 * the string values of YAML front matter and of metadata JSON that translators see.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Yaml } from 'mdast';
import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { createUnit, getLineColumn, getLineStarts, getPrefix, type SegmentState, type Unit } from './units.js';

/** A dot path of names, array indices or `*`, without empty segments. */
const patternShape = /^(?:[^.\s*]+|\*)(?:\.(?:[^.\s*]+|\*))*$/;

/**
 * Check that every field pattern is a dot path of names, indices or `*`.
 *
 * @param patterns The configured patterns.
 * @param option The option name, for the message (e.g. `frontMatterFields`).
 * @throws {Error} On the first malformed pattern: what failed, its value, the option and what was expected.
 */
export function validateFieldPatterns(patterns: readonly unknown[], option: string): void {
  for (const pattern of patterns) {
    if (typeof pattern !== 'string' || !patternShape.test(pattern)) {
      throw new Error(
        `Invalid field pattern \`${String(pattern)}\` for option \`${option}\`: expected a dot path of names, indices or \`*\` (e.g. \`goals.*.name\`)`,
      );
    }
  }
}

/**
 * Tell whether a concrete field path matches any pattern. A pattern is a dot path
 * whose segments are names, array indices or `*` (any one segment), so it matches only
 * paths with as many segments.
 *
 * @param patterns Dot-path patterns, e.g. `title`, `goals.*.name`, `ui.*`.
 * @param path The concrete path segments, e.g. `['goals', '0', 'name']`.
 * @returns `true` when some pattern matches `path`.
 */
function isFieldMatch(patterns: readonly string[], path: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const segments = pattern.split('.');
    return segments.length === path.length && segments.every((segment, index) => segment === '*' || segment === path[index]);
  });
}

/** Scalar styles whose value is one source range (block scalars are left out). */
const inlineStyles: ReadonlySet<string | undefined> = new Set([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/**
 * Create a `front-matter` unit for every string scalar whose path matches
 * `state.options.frontMatterFields`, in source order: `raw` is the scalar's source between
 * its quotes (or the plain scalar), `text` its decoded value, `field` the dot path. Block
 * scalars are not units (their value is not one source range).
 *
 * @param node The mdast `yaml` node (with its `---` fences).
 * @param state The segmenter state.
 * @returns The front-matter units.
 */
export function getFrontMatterUnits(node: Yaml, state: SegmentState): Unit[] {
  const nodeStart = node.position?.start.offset;
  if (nodeStart === undefined || state.options.frontMatterFields.length === 0) return [];
  const base = state.source.indexOf('\n', nodeStart) + 1;
  const document = parseDocument(node.value, { keepSourceTokens: false });
  const units: Unit[] = [];
  const visit = (value: unknown, path: string[]): void => {
    if (isSeq(value)) {
      value.items.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (isMap(value)) {
      for (const pair of value.items) if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
    } else if (isScalar(value) && typeof value.value === 'string' && isFieldMatch(state.options.frontMatterFields, path)) {
      const unit = getScalarUnit(value, base, path.join('.'), state);
      if (unit !== undefined) units.push(unit);
    }
  };
  visit(document.contents, []);
  return units.sort((a, b) => a.start - b.start);
}

/**
 * Create the unit of one string scalar.
 *
 * @param scalar The YAML scalar, with ranges relative to the front matter's content.
 * @param base Offset of the front matter's content in the source.
 * @param field The dot path of the scalar.
 * @param state The segmenter state.
 * @returns The unit, or `undefined` for block scalars and empty values.
 */
function getScalarUnit(scalar: Scalar, base: number, field: string, state: SegmentState): Unit | undefined {
  const [valueStart, valueEnd] = scalar.range ?? [0, 0];
  if (!inlineStyles.has(scalar.type) || String(scalar.value).trim() === '') return undefined;
  const quoted = scalar.type === Scalar.PLAIN ? 0 : 1;
  const range = [base + valueStart + quoted, base + valueEnd - quoted] as const;
  const unit = createUnit(state, 'front-matter', range, String(scalar.value), range[0]);
  unit.prefix = getPrefix(state.source, base + valueStart, false);
  unit.field = field;
  unit.section = 'fm';
  unit.containers = [];
  return unit;
}

/**
 * Split a metadata JSON document into `metadata` units: every string value whose path
 * matches one of `fields` (dot paths, `*` matching one key or array index), in document
 * order. `raw` is the string literal's source between its quotes, `text` its decoded
 * value, `field` the concrete path (`goals.0.name`) and `section` that path with `.`
 * replaced by `-`. Keys and non-string values are never units.
 *
 * @param source The JSON text.
 * @param fields Field patterns, e.g. `['title', 'ui.*', 'goals.*.name']`.
 * @returns The units of `source`.
 * @throws {Error} When a field pattern is malformed or `source` is not valid JSON.
 */
export function segmentJson(source: string, fields: readonly string[]): Unit[] {
  validateFieldPatterns(fields, 'fields');
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
