import { parseAst, type Plugin } from 'vite';

/** norigin's built module, where every debug log call sits. */
const NORIGIN_CORE = /[\\/]norigin-spatial-navigation-core[\\/]dist[\\/]index\.m?js$/;

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Returns true for a statement that is only `this.log(...)` or `_this.log(...)`. */
function isDebugLogStatement(node: AstNode): boolean {
  if (node.type !== 'ExpressionStatement' || !isNode(node.expression) || node.expression.type !== 'CallExpression') {
    return false;
  }

  const callee = node.expression.callee;
  if (!isNode(callee) || callee.type !== 'MemberExpression' || !isNode(callee.property) || callee.property.name !== 'log') {
    return false;
  }

  const object = callee.object;
  return isNode(object) && (object.type === 'ThisExpression' || (object.type === 'Identifier' && object.name === '_this'));
}

function collectDebugLogStatements(node: AstNode, found: AstNode[]): void {
  if (isDebugLogStatement(node)) {
    found.push(node);
    return;
  }

  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      value.filter(isNode).forEach((child) => collectDebugLogStatements(child, found));
    } else if (isNode(value)) {
      collectDebugLogStatements(value, found);
    }
  }
}

/**
 * Removes the debug log statements from `code`, norigin's built module, and returns the new code
 * with how many were removed. Throws when none is found, because then the library has changed
 * and docs/decisions/0018-norigin-debug-logs-dropped-from-builds.md needs a new look.
 */
export function dropDebugLogs(code: string): { code: string; removed: number } {
  const found: AstNode[] = [];
  collectDebugLogStatements(parseAst(code) as unknown as AstNode, found);

  if (found.length === 0) {
    throw new Error('No `this.log(...)` statement found in norigin\'s built module, so its build changed: check docs/decisions/0018 before upgrading.');
  }

  // From the end, so the offsets of the statements still to remove stay right.
  let output = code;
  for (const statement of [...found].sort((a, b) => b.start - a.start)) {
    const text = output.slice(statement.start, statement.end);
    if (!/^(_this|this)\.log\(/.test(text)) {
      throw new Error(`Expected a norigin debug log statement at offset ${statement.start}, found "${text.slice(0, 40)}": the parser's offsets do not match the source.`);
    }

    output = `${output.slice(0, statement.start)};${output.slice(statement.end)}`;
  }

  return { code: output, removed: found.length };
}

/**
 * Drops norigin's debug log calls from builds. They only print with `debug: true`, which the app
 * never sets, and their messages weigh about 0.5 kB of gzip on the first load. The dev server
 * keeps them for debugging.
 */
export function dropNoriginDebugLogs(): Plugin {
  return {
    name: 'drop-norigin-debug-logs',
    apply: 'build',
    transform(code, id) {
      if (!NORIGIN_CORE.test(id)) {
        return null;
      }

      return { code: dropDebugLogs(code).code, map: null };
    },
  };
}
