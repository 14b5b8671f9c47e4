import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, securityHeaders } from '@/app/_lib/security-headers';

/**
 * Sets every response's security headers. A page request gets a fresh CSP nonce, passed to Next.js
 * in the request's own CSP header so it can put the nonce on the scripts it renders.
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith('/api/') || request.nextUrl.pathname === '/api';
  const isAsset = request.nextUrl.pathname.startsWith('/_next/static/');
  const nonce = isApi || isAsset ? undefined : createNonce();
  const headers = securityHeaders({ nonce, development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything, assets and API included, so no response goes out without these headers.
  matcher: '/:path*',
};
