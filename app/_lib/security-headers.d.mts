/** Types for security-headers.mjs (plain JavaScript, so next.config.js can load it). */

export interface SecurityHeaderOptions {
  /** CSP hash sources ("'sha256-…'") of every script the site runs, or the placeholder. */
  readonly scriptHashes?: readonly string[] | string;
  /** CSP hash sources of every inline <style> element the pages have, or the placeholder. */
  readonly styleHashes?: readonly string[] | string;
  /** A page drawn for one request (a form posted without JavaScript): a nonce for its inline scripts. */
  readonly nonce?: string;
  /** `next dev`: inline and eval'd scripts, inline styles, and the dev server's websocket. */
  readonly development?: boolean;
}

export const SCRIPT_HASHES_PLACEHOLDER: string;
export const STYLE_HASHES_PLACEHOLDER: string;
export const API_CONTENT_SECURITY_POLICY: string;
export function contentSecurityPolicy(options?: SecurityHeaderOptions): string;
export function securityHeaders(options?: SecurityHeaderOptions): Record<string, string>;
export function apiSecurityHeaders(): Record<string, string>;
