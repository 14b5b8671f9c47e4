import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { flowIds, getFlow } from '@/flows';
import { flowFingerprint, parseExplorerData } from '@/lib/explorer/explorer-data';
import { ExplorerPage } from './_components/explorer-page';
import { explorerData } from './_lib/explorer-data';

interface Params {
  params: Promise<{ flowId: string }>;
}

// Only the registry's flows exist: any other id is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return flowIds().map((flowId) => ({ flowId }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const flow = getFlow((await params).flowId);
  return flow
    ? { title: `Flow explorer: ${flow.title} ${flow.version}`, description: `Every screen, rule and outcome of ${flow.title}, for clinical review.` }
    : {};
}

export default async function FlowExplorerPage({ params }: Params) {
  const flow = getFlow((await params).flowId);
  if (!flow) notFound();
  // The page is prerendered: data of the wrong shape, or made from another version of the flow, fails
  // the build, never shows.
  const data = parseExplorerData(explorerData(flow.id), `the explorer data of "${flow.id}"`);
  if (data.flowFingerprint !== flowFingerprint(flow)) {
    throw new Error(`the explorer data of flow "${flow.id}" was made from another version of it: run npm run flow:explorer`);
  }
  return <ExplorerPage flowId={flow.id} />;
}
