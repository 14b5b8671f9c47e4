#!/usr/bin/env node
// @ts-check
/*
 * Renders the nginx templates in deploy/ into a directory nginx can be started from:
 *
 *   node deploy/render-nginx.mjs server --out /etc/nginx/backcheck --listen 80 --server-name backcheck.example.org \
 *     --app-dir /srv/backcheck/current --upstream 127.0.0.1:3001 --upstream 127.0.0.1:3002 --runtime-dir /var/lib/backcheck-nginx
 *   node deploy/render-nginx.mjs static --out /etc/nginx/backcheck-static --listen 80 --site-dir /srv/backcheck/out
 *   nginx -c /etc/nginx/backcheck/nginx.conf
 *
 * server: deploy/nginx.conf and deploy/nginx-site.conf, for the server build (--app-dir is a copy of
 * .next/standalone after `npm run build`). static: deploy/nginx-static.conf, for `npm run build:static`
 * (--site-dir is a copy of out/). Every ${…} in a template must be given a value (or have a default
 * below); the rendered files are checked for any left over.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

/** The templates of each kind of front, and the file each renders to. */
const TEMPLATES = {
  server: { 'nginx.conf': 'nginx.conf', 'nginx-site.conf': 'nginx-site.conf' },
  static: { 'nginx-static.conf': 'nginx.conf' },
};

/**
 * @typedef {object} FrontOptions
 * @property {'server' | 'static'} kind
 * @property {string} out              directory the rendered files go to (nginx -c <out>/nginx.conf)
 * @property {string} listen           e.g. "80" or "127.0.0.1:8080"
 * @property {string} [serverName]
 * @property {string} [runtimeDir]     pid, logs, temporary files (default: <out>/run)
 * @property {string} [mimeTypes]
 * @property {string} [appDir]         server: the standalone build
 * @property {readonly string[]} [upstreams]  server: host:port of each app instance
 * @property {string} [apiRate]        server: e.g. "10r/s"
 * @property {number} [apiBurst]
 * @property {string} [siteDir]        static: the export (out/)
 */

/**
 * Renders a front's templates; returns the path of the nginx.conf to start nginx with.
 * @param {FrontOptions} options
 */
export function renderNginx(options) {
  const out = resolve(options.out);
  const runtimeDir = resolve(options.runtimeDir ?? join(out, 'run'));
  /** @type {Record<string, string>} */
  const values = {
    LISTEN: options.listen,
    SERVER_NAME: options.serverName ?? 'localhost',
    RUNTIME_DIR: runtimeDir,
    MIME_TYPES: options.mimeTypes ?? '/etc/nginx/mime.types',
  };
  if (options.kind === 'server') {
    if (!options.appDir) throw new Error('render-nginx: server needs --app-dir (the standalone build)');
    if (!options.upstreams?.length) throw new Error('render-nginx: server needs at least one --upstream host:port');
    Object.assign(values, {
      APP_DIR: resolve(options.appDir),
      // max_fails=1: one failed request takes an instance out for fail_timeout, and the request goes to the next.
      UPSTREAMS: options.upstreams.map((address) => `server ${address} max_fails=1 fail_timeout=5s;`).join('\n'),
      API_RATE: options.apiRate ?? '10r/s',
      API_BURST: String(options.apiBurst ?? 20),
    });
  } else {
    if (!options.siteDir) throw new Error('render-nginx: static needs --site-dir (the export, out/)');
    values.SITE_DIR = resolve(options.siteDir);
  }
  mkdirSync(out, { recursive: true });
  for (const dir of ['tmp/body', 'tmp/proxy', 'tmp/fastcgi', 'tmp/uwsgi', 'tmp/scgi']) mkdirSync(join(runtimeDir, dir), { recursive: true });
  for (const [template, target] of Object.entries(TEMPLATES[options.kind])) {
    const lines = readFileSync(join(here, template), 'utf8').split('\n');
    const text = lines
      .map((line) =>
        line.replace(/\$\{([A-Z_]+)\}/g, (_whole, name) => {
          if (!(name in values)) throw new Error(`render-nginx: ${template} uses \${${name}}, which has no value`);
          // A value of several lines continues as its line began: indented, and commented out if it was.
          return values[name].split('\n').join(`\n${/^\s*(?:#\s*)?/.exec(line)?.[0] ?? ''}`);
        }),
      )
      .join('\n');
    writeFileSync(join(out, target), text);
  }
  return join(out, 'nginx.conf');
}

/** @param {string[]} args */
function parseArguments(args) {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      listen: { type: 'string' },
      'server-name': { type: 'string' },
      'runtime-dir': { type: 'string' },
      'mime-types': { type: 'string' },
      'app-dir': { type: 'string' },
      upstream: { type: 'string', multiple: true },
      'api-rate': { type: 'string' },
      'api-burst': { type: 'string' },
      'site-dir': { type: 'string' },
    },
  });
  const kind = positionals[0];
  if ((kind !== 'server' && kind !== 'static') || positionals.length !== 1 || !values.out || !values.listen) {
    throw new Error('usage: render-nginx.mjs server|static --out DIR --listen [HOST:]PORT [options]');
  }
  return {
    kind,
    out: values.out,
    listen: values.listen,
    serverName: values['server-name'],
    runtimeDir: values['runtime-dir'],
    mimeTypes: values['mime-types'],
    appDir: values['app-dir'],
    upstreams: values.upstream,
    apiRate: values['api-rate'],
    apiBurst: values['api-burst'] === undefined ? undefined : Number(values['api-burst']),
    siteDir: values['site-dir'],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(renderNginx(parseArguments(process.argv.slice(2))));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
