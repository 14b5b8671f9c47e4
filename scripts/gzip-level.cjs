/*
 * Preloaded into the standalone server (`npm start` runs .next/standalone/server.js with `node --require` of
 * this file, which npm run build copies beside it): the gzip level of Next.js's responses.
 *
 * Next.js gzips every response as it sends it, prerendered pages included, at zlib's default level (6),
 * and has no setting for the level. The check's page is 168 kB of HTML (the whole check runs in the
 * browser, so the page carries the flow and every result): at level 6 a single instance spent about half
 * its CPU compressing it, and under a burst of 50 new connections the p99 was 320 to 450 ms (`npm run
 * bench`). Level 3 takes under half the time (1.0 ms rather than 2.3 ms for that page here), for a page
 * 15% larger (35.0 kB rather than 30.4 kB). Level 4 (32.8 kB, 1.2 ms) was tried first: on a busy day its
 * p99 stayed at 270 to 350 ms, where level 3's was 154 and 195 ms in the same hour. (nginx's own default,
 * gzip_comp_level, is 1.) Behind the nginx front (deploy/nginx.conf) the pages come pre-gzipped at level
 * 9 from disk, and this does not touch them.
 *
 * Only a caller that names no level gets this one. zlib's factory functions are read-only properties,
 * so they are redefined rather than assigned.
 */
'use strict';
const zlib = require('node:zlib');

const LEVEL = 3;

for (const name of ['createGzip', 'createDeflate']) {
  const descriptor = Object.getOwnPropertyDescriptor(zlib, name);
  const create = descriptor.value;
  Object.defineProperty(zlib, name, { ...descriptor, value: (options) => create({ level: LEVEL, ...options }) });
}
