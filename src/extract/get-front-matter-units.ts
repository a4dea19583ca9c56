/**
 * Units for configured YAML front-matter fields.
 */
import type { Yaml } from 'mdast';
import { isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { createUnit } from './create-unit.js';
import { getPrefix } from './get-prefix.js';
import { isFieldMatch } from './is-field-match.js';
import type { SegmentState } from './segment-state.js';
import type { Unit } from './unit.js';

/** Scalar styles whose value is one source range (block scalars are left out). */
const inlineStyles: ReadonlySet<string | undefined> = new Set([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/**
 * Create a `front-matter` unit for every string scalar whose path matches
 * `state.options.frontMatterFields`, in source order.
 *
 * Invariant: `raw` is the scalar's source between its quotes (or the plain scalar) and
 * `text` its decoded value; `field` is the dot path; block scalars are not units.
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
