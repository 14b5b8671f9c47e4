import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { flowIds, getFlow } from '@/flows';
import { toFlowCore } from '@/lib/flow/flow-core';
import { Notice } from './_components/notice';
import { outcomeSlots } from './_components/outcome-content';
import { Wizard } from './wizard';

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
  return flow ? { title: flow.screens[0]!.question, description: flow.description } : {};
}

export default async function CheckPage({ params }: Params) {
  const flow = getFlow((await params).flowId);
  if (!flow) notFound();
  return (
    <>
      <Wizard flow={toFlowCore(flow)} outcomes={outcomeSlots(flow)} />
      <noscript>
        <Notice>
          This check needs JavaScript to work out your answers in your browser, so that they never leave your device.
          Please turn JavaScript on, or call 111 for advice.
        </Notice>
      </noscript>
    </>
  );
}
