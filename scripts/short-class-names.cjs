// @ts-check
const { createHash } = require('node:crypto');
const path = require('node:path');

/**
 * Short class names for CSS modules in production builds: `_` and 6 characters of a hash of the file and
 * the class, where Next.js writes `answers-summary_row__PEF9h`. Every page's HTML and the browser's class
 * maps (part of the wizard's first-load JavaScript) carry these names, many times over; short, they
 * weigh less in both. Development keeps Next's readable names.
 *
 * The name depends only on the file's path from the project and the class, as Next's does, so the
 * server's build and the browser's agree. Two classes that would get the same name fail the build.
 */
const LENGTH = 6;
/** @type {Map<string, string>} */
const taken = new Map();

/**
 * css-loader's getLocalIdent.
 * @param {{ rootContext: string, resourcePath: string }} context
 * @param {string} _localIdentName
 * @param {string} className
 */
function shortLocalIdent(context, _localIdentName, className) {
  const file = path.relative(context.rootContext, context.resourcePath).replace(/\\+/g, '/');
  const source = `${file}#${className}`;
  // base64url: letters, digits, - and _, all valid in a class name after the leading _.
  const name = `_${createHash('sha256').update(source).digest('base64url').slice(0, LENGTH)}`;
  const holder = taken.get(name);
  if (holder !== undefined && holder !== source) throw new Error(`CSS modules: ${source} and ${holder} would both be .${name}`);
  taken.set(name, source);
  return name;
}

/**
 * Puts shortLocalIdent in place of Next's getLocalIdent wherever the webpack config names it.
 * @param {unknown} node a webpack config, or part of one
 * @returns {number} how many places it replaced
 */
function applyShortClassNames(node) {
  if (Array.isArray(node)) return node.reduce((sum, item) => sum + applyShortClassNames(item), 0);
  if (node === null || typeof node !== 'object') return 0;
  let replaced = 0;
  const record = /** @type {Record<string, any>} */ (node);
  const modules = record.options?.modules;
  if (modules && typeof modules === 'object' && typeof modules.getLocalIdent === 'function' && record.loader?.includes('css-loader')) {
    modules.getLocalIdent = shortLocalIdent;
    replaced += 1;
  }
  for (const key of ['module', 'rules', 'oneOf', 'use']) if (key in record) replaced += applyShortClassNames(record[key]);
  return replaced;
}

module.exports = { shortLocalIdent, applyShortClassNames };
