import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../node_modules/.bin/depcruise', import.meta.url));
const config = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));

/** The violations of `.dependency-cruiser.cjs` in the `src/` of a folder, as `rule: from → to` lines. */
function findViolations(cwd: string): string[] {
  let text: string;
  try {
    text = execFileSync(bin, ['src', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its report is still on stdout.
    text = (error as { stdout: string }).stdout;
  }
  const result = JSON.parse(text) as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
  return result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}

describe('the shape of src/ (.dependency-cruiser.cjs)', () => {
  it('should have no import cycle, no import of another folder but through its index.ts, and arrows pointing down', () => {
    expect(findViolations(root)).toEqual([]);
  });

  it('should catch an import of another folder’s private module', () => {
    expect(findViolations(fileURLToPath(new URL('../fixtures/architecture/', import.meta.url)))).toEqual(['only-through-the-entry: src/one/a.ts → src/two/private.ts']);
  });
});
