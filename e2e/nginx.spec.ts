import { expect, test } from '@playwright/test';
import net from 'node:net';
import path from 'node:path';
import { freePort, ROOT, startApp, startNginx, STANDALONE_DIR, type AppInstance, type Front } from '@/scripts/front';
import { PATIENT, SITE_URLS } from '@/scripts/site-urls';
import { builtHeaders, postQuestionOne, splitNonce } from './built-headers';

/*
 * The front as deployed (deploy/nginx.conf): Debian's nginx in front of two app instances of the build
 * the other browser tests use, all on local ports with their files under .cache/e2e-nginx/. Time limits
 * only catch hangs: nothing here measures speed (npm run bench does).
 */
test.describe.configure({ mode: 'serial' });

const CACHE = path.join(ROOT, '.cache', 'e2e-nginx');

let apps: AppInstance[] = [];
let front: Front;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  apps = await Promise.all([startApp(await freePort()), startApp(await freePort())]);
  // The API's rate limit is raised for the load below; the shipped limit is tested on its own front.
  front = await startNginx(await freePort(), path.join(CACHE, 'front'), {
    kind: 'server',
    appDir: STANDALONE_DIR,
    upstreams: apps.map((app) => app.address),
    apiRate: '100000r/s',
    apiBurst: 100_000,
  });
});

test.afterAll(async () => {
  await front?.stop();
  await Promise.all(apps.map((app) => app.stop()));
});

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Sends bytes exactly as given (fetch would refuse TRACE or fix a bad path) and reads the answer. */
function raw(base: string, request: string | Buffer): Promise<Raw> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    // nginx may answer (413) before it has read a large body, and close: what it sent is what counts.
    socket.on('error', (error) => (chunks.length ? undefined : reject(error)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const at = line.indexOf(':');
        const name = line.slice(0, at).trim().toLowerCase();
        headers[name] = headers[name] === undefined ? line.slice(at + 1).trim() : `${headers[name]}, ${line.slice(at + 1).trim()}`;
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

const request = (base: string, line: string, extra: string[] = [], body = '') =>
  raw(base, [line, `Host: ${new URL(base).host}`, 'Connection: close', ...extra, '', body].join('\r\n'));

/** Every security header, once, with the value the site's (or the API's) configuration gives it. */
function expectSecurityHeaders(response: Raw | Record<string, string>, api: boolean, what: string) {
  const headers = 'status' in response ? (response.headers as Record<string, string>) : response;
  const expected = api ? builtHeaders().apiHeaders : builtHeaders().headers;
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

test('load spreads over both instances, and stopping one mid-load fails no request', async () => {
  test.setTimeout(300_000);
  const body = JSON.stringify(PATIENT);
  // Requests the instances answer (the pages themselves come from disk).
  const mix: { path: string; init: RequestInit; status: number }[] = [
    { path: SITE_URLS.health, init: {}, status: 200 },
    { path: SITE_URLS.triage, init: { method: 'POST', body, headers: { 'content-type': 'application/json' } }, status: 200 },
    { path: SITE_URLS.wizard, init: { headers: { RSC: '1' } }, status: 200 },
    { path: SITE_URLS.missing, init: {}, status: 404 },
    { path: SITE_URLS.start, init: {}, status: 200 },
  ];
  const failures: string[] = [];
  let sent = 0;
  let done = 0;
  const worker = async (until: () => boolean) => {
    while (!until()) {
      const { path: url, init, status } = mix[sent++ % mix.length]!;
      try {
        const response = await fetch(front.url + url, init);
        await response.arrayBuffer();
        if (response.status !== status) failures.push(`${url}: ${response.status}`);
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : error}`);
      }
      done += 1;
    }
  };
  const load = (until: () => boolean) => Promise.all(Array.from({ length: 8 }, () => worker(until)));
  const upstreams = (lines: string[]) => new Set(lines.flatMap((line) => /upstream=(\S+)/.exec(line)?.[1]?.split(',') ?? []).filter((a) => a !== '-'));

  await load(() => done >= 400);
  expect([...upstreams(front.log())].sort(), 'instances that served requests').toEqual(apps.map((app) => app.address).sort());

  // One instance stops (as in a deploy, or a crash) while the load goes on, and it goes on after.
  let stopped: number | null = null;
  const running = load(() => stopped !== null && done >= stopped + 400);
  await apps[1]!.stop('SIGTERM');
  const logged = front.log().length;
  stopped = done;
  await running;
  expect(failures, 'requests that failed').toEqual([]);
  // nginx logs a request when it is answered: nothing logged after the stop was answered by that instance.
  const servedBy = (line: string) => /upstream=(?:\S+, )*(\S+) /.exec(line)?.[1];
  const afterStop = front.log().slice(logged);
  expect(afterStop.filter((line) => servedBy(line) === apps[0]!.address).length).toBeGreaterThan(100);
  expect(afterStop.filter((line) => servedBy(line) === apps[1]!.address)).toEqual([]);
});

test('framework edge cases get a 4xx with the security headers', async () => {
  const cases: [string, Promise<Raw>, number, boolean][] = [
    ['TRACE', request(front.url, 'TRACE / HTTP/1.1'), 405, false],
    ['PUT a page', request(front.url, 'PUT / HTTP/1.1', ['Content-Length: 0']), 405, false],
    ['DELETE the API', request(front.url, `DELETE ${SITE_URLS.triage} HTTP/1.1`), 405, true],
    ['a %ff path', request(front.url, 'GET /%ff HTTP/1.1'), 400, false],
    ['a %ff API path', request(front.url, 'GET /api/%ff HTTP/1.1'), 400, true],
    ['a %00 path', request(front.url, `GET ${SITE_URLS.wizard}%00 HTTP/1.1`), 400, false],
    // npm start alone answers these with a bare 500 (README, Deployment): the front must turn them away first.
    ['a broken % escape in a page path', request(front.url, `GET ${SITE_URLS.wizard}/% HTTP/1.1`), 400, false],
    // nginx itself refuses to parse this one, before any location: the site's headers, not the API's.
    ['a broken % escape in an API path', request(front.url, 'GET /api/%zz HTTP/1.1'), 400, false],
    ['a header over 8 kB', request(front.url, `GET ${SITE_URLS.start} HTTP/1.1`, [`X-Big: ${'a'.repeat(10_000)}`]), 400, false],
    ['a request line over 8 kB', request(front.url, `GET /${'a'.repeat(10_000)} HTTP/1.1`), 414, false],
    [
      'an API body over 64 KiB',
      request(front.url, `POST ${SITE_URLS.triage} HTTP/1.1`, ['Content-Type: application/json', 'Content-Length: 70000'], ' '.repeat(70_000)),
      413,
      true,
    ],
    ['a page body over 16 kB', request(front.url, `POST ${SITE_URLS.wizard} HTTP/1.1`, ['Content-Length: 20000'], 'a'.repeat(20_000)), 413, false],
  ];
  for (const [what, answer, status, api] of cases) {
    const response = await answer;
    expect(response.status, what).toBe(status);
    expectSecurityHeaders(response, api, what);
    if (status === 405) expect(response.headers.allow, what).toBe('GET, HEAD, POST');
    if (api && status !== 400) {
      expect(response.headers['content-type'], what).toBe('application/json; charset=utf-8');
      expect(JSON.parse(response.body), what).toEqual({ error: expect.any(String), issues: [] });
    }
  }
});

test('pages come from disk with the headers the app sends; assets are cached for good; the API keeps its own', async () => {
  const app = apps[0]!;
  for (const url of [SITE_URLS.start, SITE_URLS.wizard]) {
    const [fromDisk, fromApp] = [await fetch(front.url + url), await fetch(app.url + url)];
    expect(fromDisk.status).toBe(200);
    expect(await fromDisk.text()).toBe(await fromApp.text());
    const appHeaders = Object.fromEntries(fromApp.headers);
    expectSecurityHeaders(appHeaders, false, `${url} from the app`);
    expectSecurityHeaders(Object.fromEntries(fromDisk.headers), false, `${url} from disk`);
  }
  expect(front.log().filter((line) => / GET \/ 200 .* upstream=- /.test(line)).length).toBeGreaterThan(0);

  const html = await (await fetch(front.url + SITE_URLS.wizard)).text();
  const script = /<script[^>]* src="(\/_next\/static\/[^"]+)"/.exec(html)![1]!;
  for (const asset of [script, '/exercises/bridge.svg']) {
    const response = await fetch(front.url + asset);
    expect(response.status, asset).toBe(200);
    expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(Object.fromEntries(response.headers), false, asset);
  }
  const missing = await fetch(front.url + '/_next/static/no-such-file.js');
  expect(missing.status).toBe(404);
  expect(missing.headers.get('cache-control')).toBeNull();

  const api = await fetch(front.url + SITE_URLS.flow);
  expect(api.status).toBe(200);
  expectSecurityHeaders(Object.fromEntries(api.headers), true, SITE_URLS.flow);
  expect(api.headers.get('cache-control')).toBe('no-store');
});

test('Start now without JavaScript is sent on to the chosen region’s check through the front, with the headers', async () => {
  const response = await fetch(front.url + '/check/back-spasms?region=us', { redirect: 'manual' });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/check/back-spasms/us');
  expectSecurityHeaders(Object.fromEntries(response.headers), false, 'the redirect to a region');
});

test('a question form posted without JavaScript comes back through the front with the app’s own policy and its nonce, once', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const response = await postQuestionOne(await context.newPage(), front.url + SITE_URLS.wizard);
    expect(response.status()).toBe(200);
    const policies = (await response.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value);
    expect(policies).toHaveLength(1);
    const { nonce, rest } = splitNonce(policies[0]!);
    expect(nonce).toBeDefined();
    expect(rest).toBe(builtHeaders().headers['Content-Security-Policy']);
  } finally {
    await context.close();
  }
});

test('the API’s rate limit, as shipped, answers 429 in the API’s shape, with the headers', async () => {
  const limited = await startNginx(await freePort(), path.join(CACHE, 'limited'), {
    kind: 'server',
    appDir: STANDALONE_DIR,
    upstreams: apps.filter((app) => app !== apps[1]).map((app) => app.address),
  });
  try {
    const answers = await Promise.all(
      Array.from({ length: 60 }, () =>
        request(limited.url, `POST ${SITE_URLS.triage} HTTP/1.1`, ['Content-Type: application/json', `Content-Length: ${JSON.stringify(PATIENT).length}`], JSON.stringify(PATIENT)),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    const tooMany = answers.filter((a) => a.status === 429);
    expect(tooMany.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    for (const response of tooMany) {
      expectSecurityHeaders(response, true, '429');
      expect(JSON.parse(response.body)).toEqual({ error: 'too many requests; wait a moment and try again', issues: [] });
    }
    // Health checks are not limited.
    for (let i = 0; i < 30; i++) expect((await fetch(limited.url + SITE_URLS.health)).status).toBe(200);
  } finally {
    await limited.stop();
  }
});
