import Handlebars from 'handlebars';
import { messageOf } from '../../shared/result';

export const MAX_TEMPLATE_BYTES = 256 * 1024;

export interface TemplateProblem {
  line: number;
  column: number;
  message: string;
}

/** Names no template may reach: the way out of data into JavaScript's prototypes. */
const FORBIDDEN_NAMES = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** Handlebars' block helpers that take exactly one name: the list, the condition, the object. */
const ONE_ARGUMENT = new Set(['each', 'if', 'unless', 'with']);

/** The one helper a template may call inline, `{{lookup 表 键}}`. */
const INLINE_HELPERS = new Set(['lookup']);

/** Block helpers a template may use: Handlebars' own plus the structure helpers. */
const BLOCK_HELPERS = new Set([
  'each',
  'if',
  'unless',
  'with',
  'title',
  'opening',
  'heading',
  'body',
  'closing',
]);

interface LocNode {
  type: string;
  loc?: { start: { line: number; column: number } };
}

type AnyNode = LocNode & Record<string, unknown>;

const isNode = (v: unknown): v is AnyNode =>
  typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** Handlebars' parse errors are several lines: where, a caret, and what it expected. */
function summarise(message: string): string {
  const lines = message.split('\n').filter((l) => l.trim().length > 0);
  return [lines[0], lines.at(-1)].filter((l, i, all) => l && all.indexOf(l) === i).join(' ');
}

/**
 * Checks a template before it is ever compiled: size, syntax (with line and column), the
 * constructs a user template may not use (partials, decorators, prototype names, unknown blocks)
 * and helper calls that could never render. TemplateLibrary.validate then renders it once.
 */
export function validateTemplate(source: string): TemplateProblem[] {
  if (Buffer.byteLength(source, 'utf8') > MAX_TEMPLATE_BYTES) {
    return [{ line: 1, column: 1, message: '模板超过 256 KB 上限' }];
  }
  let ast: AnyNode;
  try {
    ast = Handlebars.parse(source) as unknown as AnyNode;
  } catch (e) {
    const message = messageOf(e);
    const m = /line (\d+)/u.exec(message);
    const col = (e as { column?: number }).column;
    return [
      {
        line: m ? Number(m[1]) : 1,
        column: typeof col === 'number' ? col + 1 : 1,
        message: `语法错误:${summarise(message)}`,
      },
    ];
  }
  const problems: TemplateProblem[] = [];
  const report = (node: LocNode, message: string): void => {
    problems.push({
      line: node.loc?.start.line ?? 1,
      column: (node.loc?.start.column ?? 0) + 1,
      message,
    });
  };
  const visit = (node: unknown, depth: number): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth);
      return;
    }
    if (!isNode(node)) return;
    if (depth > 64) {
      report(node, '模板嵌套过深');
      return;
    }
    switch (node.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement':
        report(node, '不支持局部模板(partial)');
        return;
      case 'Decorator':
      case 'DecoratorBlock':
        report(node, '不支持装饰器({{* …}})');
        return;
      case 'PathExpression': {
        const parts = (node.parts as unknown[]).map(String);
        if (parts.some((p) => FORBIDDEN_NAMES.has(p))) report(node, '禁止访问原型属性');
        return;
      }
      case 'StringLiteral':
        if (FORBIDDEN_NAMES.has(String(node.value))) report(node, '禁止访问原型属性');
        return;
      case 'BlockStatement': {
        const path = node.path as AnyNode;
        const name = String(path.original);
        if (!BLOCK_HELPERS.has(name)) report(node, `不支持的块:#${name}`);
        else if (ONE_ARGUMENT.has(name) && (node.params as unknown[]).length !== 1) {
          report(node, `#${name} 后面要写且只写一个名称`);
        }
        break;
      }
      case 'MustacheStatement':
      case 'SubExpression': {
        // What would pass the parser but fail every render: a block helper used inline, or a
        // call of a helper that does not exist.
        const path = node.path as AnyNode;
        if (path.type !== 'PathExpression') break;
        const name = String(path.original);
        const call =
          node.type === 'SubExpression' ||
          (node.params as unknown[]).length > 0 ||
          node.hash !== undefined;
        if (BLOCK_HELPERS.has(name)) {
          report(node, `${name} 只能成对地写成 {{#${name}}}…{{/${name}}}`);
        } else if (call && !INLINE_HELPERS.has(name)) report(node, `未知的辅助函数 ${name}`);
        else if (name === 'lookup' && (node.params as unknown[]).length !== 2) {
          report(node, 'lookup 后面要写两个名称:{{lookup 对象 键名}}');
        }
        break;
      }
      default:
        break;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc') visit(value, depth + 1);
    }
  };
  visit(ast, 0);
  return problems;
}
