import { gzipSync } from 'node:zlib';

export interface PageWeight {
  readonly path: string;
  readonly scripts: number;
  /** First-load JavaScript: every script the served HTML loads, each gzipped. */
  readonly jsGzipBytes: number;
  readonly htmlGzipBytes: number;
}

/** Fetches a page and the scripts its HTML loads, and weighs them gzipped (level 6, as servers do). */
export async function weighPage(base: string, path: string): Promise<PageWeight> {
  const html = await (await fetch(base + path)).text();
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  let js = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base + path))).arrayBuffer());
    js += gzipSync(body, { level: 6 }).byteLength;
  }
  return { path, scripts: new Set(sources).size, jsGzipBytes: js, htmlGzipBytes: gzipSync(Buffer.from(html)).byteLength };
}
