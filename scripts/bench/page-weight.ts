import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Script {
  /** As the HTML names it, e.g. /_next/static/chunks/273-….js */
  readonly src: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly code: string;
}

export interface PageWeight {
  readonly path: string;
  readonly scripts: readonly Script[];
  /** First-load JavaScript: every script the served HTML loads, each gzipped (level 6, as servers do). */
  readonly jsGzipBytes: number;
  readonly htmlGzipBytes: number;
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 6 }).byteLength;

/** Fetches a page and the scripts its HTML loads, and weighs them. */
export async function weighPage(base: string, page: string): Promise<PageWeight> {
  const response = await fetch(base + page);
  if (!response.ok) throw new Error(`GET ${page}: ${response.status}`);
  const html = await response.text();
  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')))];
  const scripts: Script[] = [];
  for (const src of sources) {
    const code = await (await fetch(new URL(src, base + page))).text();
    scripts.push({ src, code, bytes: Buffer.byteLength(code), gzipBytes: gzip(code) });
  }
  return { path: page, scripts, jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), htmlGzipBytes: gzip(html) };
}

/** The groups the wizard's added JavaScript is split into, by the source file each byte was built from. */
export const GROUPS = [
  { id: 'xstate', label: 'XState (xstate, @xstate/react + its shims)', test: /node_modules\/(xstate|@xstate\/react|use-isomorphic-layout-effect|use-sync-external-store)\// },
  { id: 'rhf', label: 'react-hook-form', test: /node_modules\/react-hook-form\// },
  { id: 'zod', label: 'zod (zod/mini)', test: /node_modules\/zod\// },
  { id: 'own', label: 'own code (app/, lib/, flows/)', test: /^webpack:\/\/[^/]+\/\.\/(app|lib|flows)\// },
  { id: 'other', label: 'Next.js, React and module glue', test: /.*/ },
] as const;
export type GroupId = (typeof GROUPS)[number]['id'];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's mappings, line by line: [generated column, source index or -1] per segment. */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) {
        source += fields[1]!;
        segments.push([column, source]);
      } else segments.push([column, -1]);
    }
    lines.push(segments.sort((a, b) => a[0] - b[0]));
  }
  return lines;
}

/** The script's text split by group, each character counted with the source its segment maps to. */
function splitByGroup(code: string, map: { sources: string[]; mappings: string }, ownFiles: Map<string, string>): Record<GroupId, string> {
  const groupOf = map.sources.map((source) => GROUPS.find((g) => g.test.test(source))!.id);
  const parts = Object.fromEntries(GROUPS.map((g) => [g.id, [] as string[]])) as Record<GroupId, string[]>;
  const ownName = (source: number) => map.sources[source]!.replace(/^webpack:\/\/[^/]+\/\.\//, '');
  const codeLines = code.split('\n');
  decodeMappings(map.mappings).forEach((segments, lineNo) => {
    const line = codeLines[lineNo] ?? '';
    let at = 0;
    const glue = (end: number) => end > at && parts.other.push(line.slice(at, end));
    for (let i = 0; i < segments.length; i++) {
      const [column, source] = segments[i]!;
      glue(column);
      const end = segments[i + 1]?.[0] ?? line.length;
      const group = source === -1 ? 'other' : groupOf[source]!;
      parts[group].push(line.slice(column, end));
      if (group === 'own') ownFiles.set(ownName(source), (ownFiles.get(ownName(source)) ?? '') + line.slice(column, end));
      at = end;
    }
    glue(line.length);
  });
  return Object.fromEntries(Object.entries(parts).map(([id, texts]) => [id, texts.join('')])) as Record<GroupId, string>;
}

export interface AddedWeight {
  /** gzip bytes of the scripts the wizard loads beyond the reference page's, less the reference's own. */
  readonly addedGzipBytes: number;
  /** The added gzip bytes shared out by group, in proportion to each group's own gzipped size. */
  readonly byGroup: Record<GroupId, number> | null;
  /** Own code's heaviest source files, gzipped each on its own (so more than their share of the total). */
  readonly ownFiles: readonly { readonly file: string; readonly gzipBytes: number }[];
  readonly note: string | null;
}

/**
 * What the wizard adds over the reference page, and (given the build's source maps) which library each
 * added byte comes from: every character of the added scripts is put with the source file its mapping
 * names; each group's characters are gzipped on their own, and the added gzip bytes are shared out in
 * those proportions, so the groups add up to the measured total.
 */
export function addedWeight(wizard: PageWeight, reference: PageWeight, sourceMaps: string | null): AddedWeight {
  const referenceSrcs = new Set(reference.scripts.map((s) => s.src));
  const wizardSrcs = new Set(wizard.scripts.map((s) => s.src));
  const added = wizard.scripts.filter((s) => !referenceSrcs.has(s.src));
  const removed = reference.scripts.filter((s) => !wizardSrcs.has(s.src));
  const addedGzipBytes = wizard.jsGzipBytes - reference.jsGzipBytes;
  if (!sourceMaps) return { addedGzipBytes, byGroup: null, ownFiles: [], note: 'no source maps for this build (run npm run bench -- --rebuild)' };
  const texts = Object.fromEntries(GROUPS.map((g) => [g.id, ''])) as Record<GroupId, string>;
  const own = new Map<string, string>();
  for (const script of added) {
    const file = path.join(sourceMaps, decodeURIComponent(script.src.replace(/^\/_next\//, '').split('?')[0]!) + '.map');
    if (!existsSync(file)) return { addedGzipBytes, byGroup: null, ownFiles: [], note: `no source map for ${script.src}` };
    const parts = splitByGroup(script.code, JSON.parse(readFileSync(file, 'utf8')), own);
    for (const g of GROUPS) texts[g.id] += parts[g.id];
  }
  const alone = Object.fromEntries(GROUPS.map((g) => [g.id, texts[g.id] ? gzip(texts[g.id]) : 0])) as Record<GroupId, number>;
  const total = Object.values(alone).reduce((a, b) => a + b, 0);
  const addedScriptsGzip = added.reduce((sum, s) => sum + s.gzipBytes, 0);
  const byGroup = Object.fromEntries(GROUPS.map((g) => [g.id, (addedScriptsGzip * alone[g.id]) / total])) as Record<GroupId, number>;
  // The reference page's own scripts (its page chunk) are not loaded by the wizard: Next's share of the difference.
  byGroup.other -= removed.reduce((sum, s) => sum + s.gzipBytes, 0);
  const ownFiles = [...own].map(([file, text]) => ({ file, gzipBytes: gzip(text) })).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { addedGzipBytes, byGroup, ownFiles, note: null };
}
