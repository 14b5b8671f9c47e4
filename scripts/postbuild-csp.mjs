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
 * static configuration. The one page drawn per request, the answer to a form posted without JavaScript,
 * gets the same policy with a nonce added (proxy.server.ts): the placeholders are filled in there too.
 * Each stylesheet's CSS is also copied into the page as a <style> (inlineStylesheet says why), and the
 * policy lists those elements' hashes for style-src. The build fails if a page has any
 * other inline style (element or attribute), an inline event handler, a javascript: URL or a script this
 * cannot hash: the policy would block it. Next's built-in 500 page is the one exception it knows: its
 * inline styles are removed (it stays readable).
 *
 * Both move the browser scripts' source maps to .next/source-maps/, where nothing serves them.
 *
 * Server build: rewrites .next/server/{app,pages}/**\/*.html; replaces the placeholder in the CSP that
 * next.config.js headers() wrote into .next/routes-manifest.json (what the server reads them from) and in
 * the compiled proxy (.next/server/middleware.js); copies the rewritten files, .next/static, public/ and scripts/gzip-level.cjs into .next/standalone; writes .next/nginx/ (the nginx
 * includes deploy/nginx.conf uses) and .next/security-headers.json (for tests and the bench); gzips what
 * nginx serves from the standalone build's copies, for its gzip_static.
 * Export: rewrites out/**\/*.html; writes out/_headers (Netlify, Cloudflare Pages and the like) and
 * out/_nginx/ (for deploy/nginx-static.conf, which does not serve either); gzips the text files.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { apiSecurityHeaders, SCRIPT_HASHES_PLACEHOLDER, securityHeaders, STYLE_HASHES_PLACEHOLDER } from '../app/_lib/security-headers.mjs';

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
const styleHashes = new Set();
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
  let inlined = 0;
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
    const link = setAttribute(whole, 'integrity', integrity);
    if (!rel.includes('stylesheet') || 'media' in attributes) return link;
    inlined += 1;
    return inlineStylesheet(link, unescapeAttribute(attributes.href), where);
  });
  if (problems.length) throw new Error(`${where} has ${[...new Set(problems)].join(', ')}: the site's CSP would block it`);
  writeFileSync(file, html);
  report.push({ file: where, scripts, inline, links, inlined });
}

/**
 * A stylesheet's CSS copied into the page, in a <style> before its <link>, which becomes media="print".
 * Why: on a slow phone the stylesheets were the last thing question 1 waited for. Their requests start
 * only once the HTML has been parsed, then share the link with the scripts (400 kbit/s: over a second).
 * In the page, the CSS costs up to 9 kB more HTML (gzip) and no round trip. The <link> stays because
 * React, which finds stylesheets by their <link>, sees it there and does not add (and wait for) another;
 * as media="print" it blocks nothing, and applies only when printing, where it repeats the same rules.
 * A preload, with the same SRI, fetches the file early all the same: a print stylesheet is fetched last,
 * behind the scripts, and the page the server draws for a form sent before the scripts have run (on a
 * slow phone, most people answering question 1) links the same files, which must then be in the cache.
 */
function inlineStylesheet(link, href, where) {
  const css = readFileSync(assetFile(href), 'utf8');
  if (/<\/style/i.test(css)) throw new Error(`${where}: ${href} contains "</style": it cannot be put in the page`);
  // The browser hashes the element's text exactly as it stands in the document, as UTF-8.
  styleHashes.add(`'${digest(Buffer.from(css, 'utf8'))}'`);
  // Not a stylesheet to React (which looks for rel="stylesheet" with data-precedence): only a fetch.
  const preload = setAttribute(link, 'rel', 'preload').replace(/\sdata-precedence="[^"]*"/, '').replace(/^<link/, '<link as="style"');
  return `<style data-href="${href}">${css}</style>${preload}${setAttribute(link, 'media', 'print')}`;
}

/** The nginx includes: header values in http context, and the add_header lines for server and location. */
function nginxIncludes(headers, apiHeaders) {
  const variable = (name) => `$security_${name.toLowerCase().replace(/-/g, '_')}`;
  const quote = (value) => `"${value}"`;
  const maps = [
    '# Written by scripts/postbuild-csp.mjs from app/_lib/security-headers.mjs for this build: do not edit.',
    '# Include in the http block. Each header is nginx\'s own only when the app did not send it (an error nginx',
    '# answers itself, a file it serves from disk): what the app sends passes through as it is.',
  ];
  for (const [name, value] of Object.entries(headers)) {
    const upstream = `$upstream_http_${name.toLowerCase().replace(/-/g, '_')}`;
    const own = value === apiHeaders[name] ? quote(value) : `${variable(name)}_for_uri`;
    if (value !== apiHeaders[name]) {
      maps.push(`map $uri ${variable(name)}_for_uri {`, `  ~^/api(/|$) ${quote(apiHeaders[name])};`, `  default ${quote(value)};`, '}');
    }
    maps.push(`map ${upstream} ${variable(name)} {`, `  "" ${own};`, '  default "";', '}');
  }
  const adds = [
    '# Written by scripts/postbuild-csp.mjs from app/_lib/security-headers.mjs for this build: do not edit.',
    '# Include in every server and in every location that has add_header of its own (add_header is inherited',
    '# only by a level that has none).',
    ...Object.keys(headers).map((name) => `add_header ${name} ${variable(name)} always;`),
  ];
  return { maps: maps.join('\n') + '\n', adds: adds.join('\n') + '\n' };
}

function writeNginx(dir, headers) {
  const { maps, adds } = nginxIncludes(headers, apiSecurityHeaders());
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'security-headers.maps.conf'), maps);
  writeFileSync(join(dir, 'security-headers.conf'), adds);
}

function moveSourceMaps(staticDir, target) {
  rmSync(target, { recursive: true, force: true });
  const maps = walk(staticDir, (p) => p.endsWith('.map'));
  for (const map of maps) {
    const to = join(target, relative(staticDir, map));
    mkdirSync(dirname(to), { recursive: true });
    cpSync(map, to);
    rmSync(map);
  }
  if (maps.length) log(`moved ${maps.length} source maps to ${relative(root, target)}`);
}

/** What nginx's gzip_static sends instead of compressing each time: file.gz beside each text file. */
function precompress(dirs, pattern = /\.(html|js|css|svg|txt)$/) {
  let count = 0;
  for (const dir of dirs) {
    for (const file of walk(dir, (p) => pattern.test(p))) {
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
      count += 1;
    }
  }
  return count;
}

function main() {
  // 0. The browser scripts' source maps (next.config.js) are kept, but not where they would be served.
  moveSourceMaps(isExport ? join(outDir, '_next', 'static') : join(distDir, 'static'), join(distDir, 'source-maps'));

  // 1. The HTML.
  const htmlFiles = isExport
    ? walk(outDir, (p) => p.endsWith('.html'))
    : [...walk(join(distDir, 'server', 'app'), (p) => p.endsWith('.html')), ...walk(join(distDir, 'server', 'pages'), (p) => p.endsWith('.html'))];
  if (htmlFiles.length === 0) throw new Error(`no HTML found: run next build${isExport ? ' with NEXT_OUTPUT=export' : ''} first`);
  htmlFiles.forEach(processHtml);

  // 2. The policy: every inline script's hash, and every external script's.
  const scriptHashes = [...[...inlineHashes].sort(), ...[...externalHashes].sort()];
  const styles = [...styleHashes].sort();
  const headers = securityHeaders({ scriptHashes, styleHashes: styles });
  const csp = headers['Content-Security-Policy'];
  log(
    `${htmlFiles.length} HTML files, ${inlineHashes.size} inline and ${externalHashes.size} external script hashes, ${styles.length} style hashes, CSP ${csp.length} bytes`,
  );
  for (const r of report) log(`  ${r.file}: ${r.scripts} scripts (${r.inline} inline), ${r.links} preloads and stylesheets (${r.inlined} put in the page)`);
  // Every response header must fit nginx's proxy_buffer_size (8 kB in deploy/nginx-site.conf; 4 kB is
  // nginx's default), with the other headers beside it.
  if (csp.length > 3500) throw new Error(`the CSP is ${csp.length} bytes: over 3.5 kB it risks proxy header buffers (see deploy/nginx-site.conf)`);
  const record = {
    csp,
    headers,
    apiHeaders: apiSecurityHeaders(),
    inlineHashes: [...inlineHashes],
    externalHashes: [...externalHashes],
    styleHashes: styles,
    pages: report,
  };

  if (isExport) {
    // 3. Static hosts: one header block for every path, and long caching for the hashed assets.
    const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), '/_next/static/*', `  Cache-Control: ${IMMUTABLE}`, ''];
    writeFileSync(join(outDir, '_headers'), lines.join('\n'));
    writeNginx(join(outDir, '_nginx'), headers);
    writeFileSync(join(outDir, '_nginx', 'security-headers.json'), JSON.stringify(record, null, 2) + '\n');
    const compressed = precompress([outDir]);
    log(`wrote out/_headers and out/_nginx/, and gzipped ${compressed} files for nginx's gzip_static`);
    return;
  }

  // 3. The headers the server sends: next.config.js headers() went into routes-manifest.json at build time.
  const manifestPath = join(distDir, 'routes-manifest.json');
  const placeholders = [
    [SCRIPT_HASHES_PLACEHOLDER, scriptHashes],
    [STYLE_HASHES_PLACEHOLDER, styles],
  ];
  /** Puts the hashes in place of each placeholder in a built file; one missing means that file's policy would allow nothing. */
  const fillPlaceholders = (file, missing, fill) => {
    let text = readFileSync(file, 'utf8');
    for (const [placeholder, hashes] of placeholders) {
      if (!text.includes(placeholder)) throw new Error(`${relative(root, file)} has no ${placeholder}: ${missing}`);
      text = fill(text, placeholder, hashes);
    }
    writeFileSync(file, text);
  };
  // Hashes and placeholders are JSON-safe as they are. With no hashes the space before the placeholder goes too.
  fillPlaceholders(manifestPath, 'does next.config.js headers() use app/_lib/security-headers.mjs?', (text, placeholder, hashes) =>
    text.split(` ${placeholder}`).join(hashes.map((hash) => ` ${hash}`).join('')),
  );
  // The proxy builds the same policy in code: there the placeholders stand inside JavaScript strings
  // (hashes hold no quote or backslash), and a string of hashes reads as the list they make.
  const proxyPath = join(distDir, 'server', 'middleware.js');
  if (!existsSync(proxyPath)) throw new Error('no .next/server/middleware.js: proxy.server.ts gives the page drawn for a posted form its policy');
  fillPlaceholders(proxyPath, 'does proxy.server.ts use app/_lib/security-headers.mjs?', (text, placeholder, hashes) => text.split(placeholder).join(hashes.join(' ')));
  writeFileSync(join(distDir, 'security-headers.json'), JSON.stringify(record, null, 2) + '\n');
  writeNginx(join(distDir, 'nginx'), headers);

  // 4. Standalone: next build copied .next/server and the manifest before this ran, but not .next/static,
  // public/ or what this wrote.
  const standalone = join(distDir, 'standalone');
  if (!existsSync(standalone)) throw new Error('no .next/standalone: next.config.js should set output: "standalone"');
  for (const file of [...htmlFiles, manifestPath, proxyPath, join(distDir, 'security-headers.json')]) {
    const target = join(standalone, '.next', relative(distDir, file));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  for (const [from, to] of [
    [join(distDir, 'nginx'), join(standalone, '.next', 'nginx')],
    [join(distDir, 'static'), join(standalone, '.next', 'static')],
    [join(root, 'public'), join(standalone, 'public')],
    [join(root, 'scripts', 'gzip-level.cjs'), join(standalone, 'gzip-level.cjs')],
  ]) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, to, { recursive: true });
  }
  // What nginx serves from disk (deploy/nginx-site.conf).
  const compressed =
    precompress([join(standalone, '.next', 'server', 'app')], /\.html$/) + precompress([join(standalone, '.next', 'static'), join(standalone, 'public')]);
  log(`updated .next/standalone (HTML, routes-manifest.json, the proxy, nginx/, static/, public/), gzipped ${compressed} files for nginx`);
}

main();
