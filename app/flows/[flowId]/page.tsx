import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { flowIds, getFlow } from '@/flows';
import { FlowExplorer } from './_components/flow-explorer';
import { readExplorerData } from './_lib/read-explorer-data';

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
  return <FlowExplorer flow={flow} data={readExplorerData(flow)} />;
}
