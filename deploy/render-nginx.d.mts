/** Types for render-nginx.mjs (plain JavaScript, so a deployment needs only Node to run it). */

export interface FrontOptions {
  readonly kind: 'server' | 'static';
  /** The directory the rendered files go to: nginx -c <out>/nginx.conf. */
  readonly out: string;
  /** e.g. "80" or "127.0.0.1:8080". */
  readonly listen: string;
  readonly serverName?: string;
  /** pid, logs, temporary files (default: <out>/run). */
  readonly runtimeDir?: string;
  readonly mimeTypes?: string;
  /** server: the standalone build. */
  readonly appDir?: string;
  /** server: host:port of each app instance. */
  readonly upstreams?: readonly string[];
  /** server: requests per second per client on /api/, e.g. "10r/s". */
  readonly apiRate?: string;
  readonly apiBurst?: number;
  /** static: the export (out/). */
  readonly siteDir?: string;
}

/** Renders a front's templates; returns the path of the nginx.conf to start nginx with. */
export function renderNginx(options: FrontOptions): string;
