#!/usr/bin/env node
/*
 * Run after every `next build` (npm run build and npm run build:static do): Subresource Integrity on every
 * script, script preload and stylesheet of the prerendered HTML, and one Content-Security-Policy for the
 * whole site made of the SHA-256 hashes of every script those pages run.
 *
 *   node scripts/postbuild-csp.mjs                          after the server build (output 'standalone')
 *   NEXT_OUTPUT=export node scripts/postbuild-csp.mjs       after the static export (out/)
 *
 * Why hashes: the pages are prerendered, so a per-request nonce is impossible; 'strict-dynamic' lets the
 * scripts the policy trusts load the rest. Next.js inlines its bootstrap and page data as scripts whose
 * text is known only after the build: their hashes go in the policy. A parser-inserted <script src> is
 * trusted under 'strict-dynamic' only if it carries an `integrity` whose hash the policy lists (Next's own
 * SRI covers only some of them), so every one gets it here, and so do the preloads of those scripts.
 *
 * The policy is the union over all pages, so every response carries identical headers and they can be
 * static configuration. The build fails if a page has an inline style (element or attribute), an inline
 * event handler, a javascript: URL or a script this cannot hash: the policy would block it. Next's
 * built-in 500 page is the one exception it knows: its inline styles are removed (it stays readable).
 *
 * Server build: rewrites .next/server/{app,pages}/**\/*.html; replaces the placeholder in the CSP that
 * next.config.js headers() wrote into .next/routes-manifest.json (what the server reads them from);
 * writes .next/security-headers.json (for tests and the bench); copies the rewritten files, .next/static
 * and public/ into .next/standalone.
 * Export: rewrites out/**\/*.html; writes out/_headers (Netlify, Cloudflare Pages and the like).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiSecurityHeaders, SCRIPT_HASHES_PLACEHOLDER, securityHeaders } from '../app/_lib/security-headers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const isExport = process.env.NEXT_OUTPUT === 'export';
const distDir = join(root, '.next');
const outDir = join(root, 'out');
const log = (line) => console.log(`postbuild-csp: ${line}`);

/** Cache-Control for files whose name changes with their content. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The hash in the form both SRI and CSP take: "sha256-<base64>". */
const digest = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

function walk(dir, test, found = []) {
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, test, found);
    else if (test(path)) found.push(path);
  }
  return found;
}

/** The file a same-origin URL is served from, or null for anything else. */
function assetFile(url) {
  if (!url.startsWith('/') || url.startsWith('//')) return null;
  const path = decodeURIComponent(url.split(/[?#]/)[0]);
  if (isExport) return join(outDir, path);
  if (path.startsWith('/_next/static/')) return join(distDir, 'static', path.slice('/_next/static/'.length));
  return join(root, 'public', path);
}

const integrities = new Map();
function integrityOf(url, where) {
  const file = assetFile(url);
  if (file === null || !existsSync(file)) throw new Error(`${where}: cannot find the file for ${url}${file ? ` (looked at ${relative(root, file)})` : ''}`);
  if (!integrities.has(file)) integrities.set(file, digest(readFileSync(file)));
  return integrities.get(file);
}

// React writes every attribute value double-quoted with " & < > escaped, and no script's text contains
// "</script": these patterns find every tag, which processHtml checks by counting "<script".
const ATTRIBUTE = /([^\s"'=<>/]+)(?:="([^"]*)")?/g;
const parseAttributes = (text) => Object.fromEntries([...text.matchAll(ATTRIBUTE)].map((m) => [m[1].toLowerCase(), m[2] ?? '']));
const unescapeAttribute = (value) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
function setAttribute(tagOpen, name, value) {
  const existing = new RegExp(`\\s${name}="[^"]*"`);
  if (existing.test(tagOpen)) return tagOpen.replace(existing, ` ${name}="${value}"`);
  return tagOpen.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

/** Next's built-in 500 page (used even when app/global-error.tsx exists): inline styles we cannot avoid. */
const BUILTIN_ERROR_PAGE = /(^|[\\/])(_global-error|500)\.html$/;

const inlineHashes = new Set();
const externalHashes = new Set();
const report = [];

function processHtml(file) {
  const where = relative(root, file);
  let html = readFileSync(file, 'utf8');
  const problems = [];
  if (BUILTIN_ERROR_PAGE.test(file)) {
    const before = html.length;
    html = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '').replace(/\sstyle="[^"]*"/g, '');
    if (html.length !== before) log(`${where}: removed the inline styles of Next's built-in error page`);
  }
  if (/<style[\s>]/i.test(html)) problems.push('an inline <style> element');
  if (/<[a-z][^>]*\sstyle="/i.test(html)) problems.push('a style attribute');
  if (/<[a-z][^>]*\son[a-z]+="/i.test(html)) problems.push('an inline event handler attribute');
  if (/\s(href|action|formaction|src)="\s*javascript:/i.test(html)) problems.push('a javascript: URL');
  let scripts = 0;
  let inline = 0;
  html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributeText, body) => {
    scripts += 1;
    const attributes = parseAttributes(attributeText);
    const type = (attributes.type ?? '').toLowerCase();
    // Data blocks (JSON-LD, import maps aside) never run, so the policy need not list them.
    if (type && !['text/javascript', 'module', 'application/javascript', 'importmap'].includes(type)) return whole;
    if ('src' in attributes) {
      if (body.trim() !== '') problems.push('a script with both src and text');
      const integrity = integrityOf(unescapeAttribute(attributes.src), where);
      externalHashes.add(`'${integrity}'`);
      const open = whole.slice(0, whole.indexOf('>') + 1);
      return setAttribute(open, 'integrity', integrity) + whole.slice(open.length);
    }
    inline += 1;
    // The browser hashes the script's text exactly as it stands in the document, as UTF-8.
    inlineHashes.add(`'${digest(Buffer.from(body, 'utf8'))}'`);
    return whole;
  });
  if (scripts !== (html.match(/<script\b/gi) ?? []).length) problems.push('a <script> this script could not parse');
  let links = 0;
  html = html.replace(/<link\b([^>]*?)\/?>/g, (whole, attributeText) => {
    const attributes = parseAttributes(attributeText);
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    const as = (attributes.as ?? '').toLowerCase();
    const isScript = rel.includes('modulepreload') || (rel.includes('preload') && as === 'script');
    const isStyle = rel.includes('stylesheet') || (rel.includes('preload') && as === 'style');
    if (!isScript && !isStyle) return whole;
    const integrity = integrityOf(unescapeAttribute(attributes.href), where);
    if (isScript) externalHashes.add(`'${integrity}'`);
    links += 1;
    return setAttribute(whole, 'integrity', integrity);
  });
  if (problems.length) throw new Error(`${where} has ${[...new Set(problems)].join(', ')}: the site's CSP would block it`);
  writeFileSync(file, html);
  report.push({ file: where, scripts, inline, links });
}

function main() {
  // 1. The HTML.
  const htmlFiles = isExport
    ? walk(outDir, (p) => p.endsWith('.html'))
    : [...walk(join(distDir, 'server', 'app'), (p) => p.endsWith('.html')), ...walk(join(distDir, 'server', 'pages'), (p) => p.endsWith('.html'))];
  if (htmlFiles.length === 0) throw new Error(`no HTML found: run next build${isExport ? ' with NEXT_OUTPUT=export' : ''} first`);
  htmlFiles.forEach(processHtml);

  // 2. The policy: every inline script's hash, and every external script's.
  const scriptHashes = [...[...inlineHashes].sort(), ...[...externalHashes].sort()];
  const headers = securityHeaders({ scriptHashes });
  const csp = headers['Content-Security-Policy'];
  log(`${htmlFiles.length} HTML files, ${inlineHashes.size} inline and ${externalHashes.size} external script hashes, CSP ${csp.length} bytes`);
  for (const r of report) log(`  ${r.file}: ${r.scripts} scripts (${r.inline} inline), ${r.links} preloads and stylesheets`);
  // A proxy's default header buffer (nginx: 4 kB) must hold every response header.
  if (csp.length > 3000) throw new Error(`the CSP is ${csp.length} bytes: over 3 kB it risks proxies' header buffers`);
  const record = { csp, headers, apiHeaders: apiSecurityHeaders(), inlineHashes: [...inlineHashes], externalHashes: [...externalHashes], pages: report };

  if (isExport) {
    // 3. Static hosts: one header block for every path, and long caching for the hashed assets.
    const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), '/_next/static/*', `  Cache-Control: ${IMMUTABLE}`, ''];
    writeFileSync(join(outDir, '_headers'), lines.join('\n'));
    log('wrote out/_headers');
    return;
  }

  // 3. The headers the server sends: next.config.js headers() went into routes-manifest.json at build time.
  const manifestPath = join(distDir, 'routes-manifest.json');
  const manifest = readFileSync(manifestPath, 'utf8');
  const placeholder = JSON.stringify(SCRIPT_HASHES_PLACEHOLDER).slice(1, -1);
  if (!manifest.includes(placeholder)) throw new Error('.next/routes-manifest.json has no CSP placeholder: does next.config.js headers() use app/_lib/security-headers.mjs?');
  writeFileSync(manifestPath, manifest.split(placeholder).join(JSON.stringify(scriptHashes.join(' ')).slice(1, -1)));
  writeFileSync(join(distDir, 'security-headers.json'), JSON.stringify(record, null, 2) + '\n');

  // 4. Standalone: next build copied .next/server and the manifest before this ran, but not .next/static
  // or public/.
  const standalone = join(distDir, 'standalone');
  if (!existsSync(standalone)) throw new Error('no .next/standalone: next.config.js should set output: "standalone"');
  for (const file of [...htmlFiles, manifestPath, join(distDir, 'security-headers.json')]) {
    const target = join(standalone, '.next', relative(distDir, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  for (const [from, to] of [
    [join(distDir, 'static'), join(standalone, '.next', 'static')],
    [join(root, 'public'), join(standalone, 'public')],
  ]) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, to, { recursive: true });
  }
  log('updated .next/standalone (HTML, routes-manifest.json, static/, public/)');
}

main();
