import path from 'node:path';
import { expect, test } from './fixtures';
import { shortLocalIdent } from '@/scripts/short-class-names.cjs';
import { SITE_URLS } from '@/scripts/site-urls';

/*
 * zod checks flow files and API requests, on the server and when the site is built. The browser reads
 * a person's answers with the screen kinds (lib/screens), so none of the pages' scripts should carry it:
 * it was 10 kB (gzip) of the wizard's first load, on a slow phone's connection. webpack keeps a library
 * in the shared scripts when any page's browser code calls it, so every page is checked.
 */
const PAGES = [SITE_URLS.start, SITE_URLS.wizard, '/privacy', '/flows/back-spasms'];

// Every zod schema keeps its internals under `_zod`, a property name minifying leaves alone.
const ZOD_MARK = '._zod';

test('no page loads zod in the browser', async ({ request }) => {
  const scripts = new Set<string>();
  for (const url of PAGES) {
    const html = await (await request.get(url)).text();
    for (const [, src] of html.matchAll(/<script[^>]* src="([^"]+)"/g)) scripts.add(src!);
  }
  expect(scripts.size).toBeGreaterThan(5);
  for (const src of scripts) {
    const response = await request.get(src);
    expect(response.status(), src).toBe(200);
    expect((await response.text()).includes(ZOD_MARK), `${src} carries zod`).toBe(false);
  }
});

/*
 * A CSS module that only server components use reaches the browser for its CSS; its map of class names
 * is left out of the scripts (scripts/drop-server-class-maps.cjs), since only the server writes those
 * names. One the browser's components read stays in.
 */
test("the wizard's scripts carry the class names only of CSS modules that its browser code reads", async ({ request }) => {
  const html = await (await request.get(SITE_URLS.wizard)).text();
  const text = async (pattern: RegExp) =>
    (await Promise.all([...html.matchAll(pattern)].map(async ([, src]) => (await request.get(src!)).text()))).join('\n');
  const scripts = await text(/<script[^>]* src="([^"]+)"/g);
  const styles = await text(/<link[^>]* href="([^"]+\.css)"/g);
  // The production build's class names (scripts/short-class-names.cjs).
  const className = (file: string, name: string) =>
    shortLocalIdent({ rootContext: process.cwd(), resourcePath: path.join(process.cwd(), file) }, '', name);
  // The exercise cards of a self-care plan are drawn on the server only: their CSS is loaded, their map is not.
  const card = className('app/check/_components/exercise-card.module.css', 'card');
  expect(styles).toContain(`.${card}{`);
  expect(scripts).not.toContain(card);
  // The question is drawn in the browser too: its map is there.
  expect(scripts).toContain(className('app/check/_components/question-screen.module.css', 'progress'));
});
