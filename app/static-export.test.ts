import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/*
 * `npm run build:static` exports every page the export's pageExtensions (tsx, ts) find. A page that must
 * render per request fails that build ("couldn't be exported"), which CI does not run: such a page is
 * named page.server.tsx, so only the server build has it (next.config.js), as route handlers are
 * route.server.ts.
 */
function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return /^page\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('every page the static export builds can be prerendered: none asks to render per request', () => {
  const found = pages(path.join(__dirname));
  expect(found.length).toBeGreaterThan(5);
  const perRequest = found.filter((file) => /export const dynamic = ['"]force-dynamic['"]|\bconnection\(\)|\bcookies\(\)|\bheaders\(\)/.test(readFileSync(file, 'utf8')));
  expect(perRequest.map((file) => path.relative(__dirname, file))).toEqual([]);
});
