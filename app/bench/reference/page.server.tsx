import { notFound } from 'next/navigation';

/**
 * An empty page for `npm run bench`: the wizard's JavaScript is weighed against this page's, so the
 * difference is what the wizard adds to Next.js. It exists only when the bench starts the server (with
 * BENCH_REFERENCE=1), so it is the one page rendered per request, not prerendered.
 */
export const dynamic = 'force-dynamic';

export default function ReferencePage() {
  if (process.env.BENCH_REFERENCE !== '1') notFound();
  return <p>Reference page.</p>;
}
