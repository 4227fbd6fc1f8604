import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropDebugLogs } from '../../../scripts/dropNoriginDebugLogs';

const require = createRequire(import.meta.url);

function readNoriginCore(): string {
  const entry = require.resolve('@noriginmedia/norigin-spatial-navigation-core');
  return readFileSync(entry.replace(/index\.c?js$/, 'index.mjs'), 'utf8');
}

describe('dropDebugLogs', () => {
  it('removes every debug log of norigin', () => {
    const original = readNoriginCore();

    const { code, removed } = dropDebugLogs(original);

    expect(removed).toBeGreaterThanOrEqual(30);
    expect(code).not.toMatch(/\b(_this|this)\.log\(/);
    expect(code.length).toBeLessThan(original.length);
  });

  it('leaves valid code with the rest of norigin', () => {
    const { code } = dropDebugLogs(readNoriginCore());

    expect(() => parseAst(code)).not.toThrow();
    expect(code).toContain('SpatialNavigationService.prototype.smartNavigate');
    expect(code).toContain('SpatialNavigationService.prototype.log = function');
  });

  it('keeps calls that are not debug logs', () => {
    const source = 'function f() { this.log("a", 1); console.log("kept"); this.logger("kept too"); var x = this.log("in an expression"); }';

    const { code, removed } = dropDebugLogs(source);

    expect(removed).toBe(1);
    expect(code).toContain('console.log("kept")');
    expect(code).toContain('this.logger("kept too")');
    expect(code).toContain('this.log("in an expression")');
  });

  it('fails loudly on a module without debug logs', () => {
    expect(() => dropDebugLogs('export const a = 1;')).toThrow(/No `this.log/);
  });
});
