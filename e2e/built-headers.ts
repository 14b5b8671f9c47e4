import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Response } from '@playwright/test';

/**
 * What scripts/postbuild-csp.mjs recorded for the build being served: the headers every page response
 * and every API response carries. (Read from the build rather than imported from
 * app/_lib/security-headers.mjs, an ES module Playwright's loader cannot take.)
 */
export function builtHeaders(): { readonly headers: Record<string, string>; readonly apiHeaders: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(process.cwd(), '.next', 'standalone', '.next', 'security-headers.json'), 'utf8'));
}

/**
 * Sends question 1's form as a browser without JavaScript does (the page at `url`), and returns the
 * server's answer: the one page drawn per request, whose policy carries a nonce (proxy.server.ts).
 */
export async function postQuestionOne(page: Page, url: string): Promise<Response> {
  await page.goto(url);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Continue' }).click()]);
  return response;
}

/** A policy's nonce, and the policy without it (which should be the site's own). */
export function splitNonce(policy: string): { readonly nonce: string | undefined; readonly rest: string } {
  const nonce = /'nonce-([A-Za-z0-9+/]{22}==)'/.exec(policy)?.[1];
  return { nonce, rest: nonce === undefined ? policy : policy.replace(` 'nonce-${nonce}'`, '') };
}
