import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from '@/app/_lib/security-headers.mjs';
import { checkHref, helpHref } from '@/app/check/_lib/check-href';
import { flowIds, regionIds } from '@/flows';

/*
 * Every page is prerendered, and its policy lists the hash of each inline script. One page is drawn per
 * request: the answer to a question form posted without JavaScript (or before the scripts had loaded).
 * Its inline scripts carry that answer's data, so no listed hash can match them, and without this its
 * scripts would be blocked and the check would never come alive on it when they do load. This gives
 * that response the same headers, with a fresh nonce in the policy; Next.js reads the nonce from the
 * request's policy and puts it on every script it renders.
 *
 * Only requests with a Content-Type header (a form post), and Start now's region (below), reach it
 * (see config): the prerendered pages are served without it.
 * `npm run build:static` has no server and no proxy (pageExtensions in next.config.js).
 */
export function proxy(request: NextRequest) {
  if (request.method === 'GET' || request.method === 'HEAD') return startInRegion(request);
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== 'null' && !fromThisHost(origin, request)) return toHelp(request);
  // next dev's policy allows inline scripts: a nonce would turn that off.
  if (process.env.NODE_ENV === 'development') return NextResponse.next();
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const headers = securityHeaders({ nonce });
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', headers['Content-Security-Policy']!);
  // A browser sends "Origin: null" when told to send no referrer (a setting, an extension), and Next.js
  // then refuses the form with a bare 500. Nothing here has a side effect or reads a cookie, so there is
  // nothing to forge: such a form is taken as one with no Origin, which Next.js accepts.
  if (origin === 'null') forwarded.delete('origin');
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Whether an Origin is this site, as Next.js's Server Actions judge it: the same host as the request's. */
function fromThisHost(origin: string, request: NextRequest): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return URL.canParse(origin) && new URL(origin).host === host;
}

/**
 * A form sent from another site: Next.js would refuse it with a bare 500. The person (sent on from a page
 * that copied the form, say) gets the check's help page instead, with the number to call; a form sent to
 * any other address here gets that address's own page (the not-found page, for one that is not a page).
 */
function toHelp(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const [, flowId = '', region = ''] = /^\/check\/([^/]+)\/([^/]+)$/.exec(pathname) ?? [];
  return redirect(request, flowIds().includes(flowId) && regionIds().includes(region) ? helpHref(flowId, region) : pathname);
}

/** A 303 to `pathname` on this site, with the security headers. */
function redirect(request: NextRequest, pathname: string) {
  const to = request.nextUrl.clone();
  to.pathname = pathname;
  to.search = '';
  const response = NextResponse.redirect(to, 303);
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

/**
 * "Start now" without JavaScript: the start page's form comes to the region chooser with the region
 * chosen. Straight on to that region's check, rather than to a page that asks again. Any other region
 * is left to the chooser page, which asks.
 */
function startInRegion(request: NextRequest) {
  const flowId = /^\/check\/([^/]+)$/.exec(request.nextUrl.pathname)?.[1] ?? '';
  const region = request.nextUrl.searchParams.get('region') ?? '';
  if (!flowIds().includes(flowId) || !regionIds().includes(region)) return NextResponse.next();
  return redirect(request, checkHref(flowId, region));
}

export const config = {
  matcher: [
    { source: '/check/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/check/:flowId', has: [{ type: 'query', key: 'region' }] },
  ],
};
