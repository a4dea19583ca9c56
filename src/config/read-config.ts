import { readTextIfExists } from '../store/index.js';
import { join } from 'node:path';
import { PROJECT_PATHS } from '../store/index.js';
import { configSchema, type Config } from './config-schema.js';
import { UsageError } from '../base/index.js';

/** The config file name looked up in the project root. */
export const CONFIG_FILE = PROJECT_PATHS.config;

/**
 * Read and validate the project configuration; a root with no config file gets the defaults.
 * Invariant: the result is always fully defaulted; an invalid file never yields a partial config.
 * @param root Absolute project root.
 * @returns The configuration.
 * @throws UsageError naming the file and the field when the file is not valid JSON or not valid config.
 */
export async function readConfig(root: string): Promise<Config> {
  const file = join(root, CONFIG_FILE);
  const text = await readTextIfExists(file);
  if (text === undefined) return configSchema.parse({});
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${CONFIG_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw new UsageError(`${CONFIG_FILE}: invalid config field \`${field}\`: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
