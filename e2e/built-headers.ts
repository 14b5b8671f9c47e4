import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What scripts/postbuild-csp.mjs recorded for the build being served: the headers every page response
 * and every API response carries. (Read from the build rather than imported from
 * app/_lib/security-headers.mjs, an ES module Playwright's loader cannot take.)
 */
export function builtHeaders(): { readonly headers: Record<string, string>; readonly apiHeaders: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'standalone', '.next', 'security-headers.json'), 'utf8'));
}
