/**
 * Build OpenCC converters once per process, and only when asked.
 */

import { ConverterBuilder } from 'opencc-js/core';
import * as preset from 'opencc-js/preset';

/**
 * OpenCC's converters built from its preset, whose dictionaries are the same modules the
 * check's tables import (the package's all-in-one build holds a second copy of each).
 */
const Converter = ConverterBuilder(preset);

/** A region OpenCC converts from or to. */
export type OpenccRegion = 'cn' | 'tw' | 'hk';

/** Converts a whole text with OpenCC. */
export type OpenccConvert = (text: string) => string;

const converters = new Map<string, OpenccConvert>();

/**
 * Get OpenCC's converter between two regions.
 *
 * Invariant: a converter is built (its dictionaries loaded into tries, the costly part) on
 * the first request for its pair and then reused, so code that never needs a conversion
 * never pays for one.
 *
 * @param from The region of the input text.
 * @param to The region to convert to.
 * @returns The converter; the same function on every call with the same pair.
 */
export function getOpenccConverter(from: OpenccRegion, to: OpenccRegion): OpenccConvert {
  const name = `${from}-${to}`;
  const known = converters.get(name);
  if (known !== undefined) return known;
  const created = Converter({ from, to });
  converters.set(name, created);
  return created;
}
