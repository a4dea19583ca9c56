import type { Config } from '../config/config-schema.js';
import type { GuardOptions } from '../merge/guard-options.js';
import { protectedTokenDefaults } from '../merge/protected-token-defaults.js';

/**
 * Turn the config's `protect` and `allowTargetChange` rules into guard options: the default
 * protected tokens plus the configured ones.
 * @param config The project configuration.
 * @returns Guard options.
 */
export function getGuardOptionsFromConfig(config: Config): GuardOptions {
  return {
    protect: [...protectedTokenDefaults.map((rule) => rule.pattern), ...config.protect.map((rule) => new RegExp(rule.pattern, 'u'))],
    allowTargetChange: config.allowTargetChange.map((rule) => new RegExp(rule.pattern, 'u')),
  };
}
