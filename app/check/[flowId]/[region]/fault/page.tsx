import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HelpNow } from '@/app/check/_components/help-now';
import { FAULT } from '@/app/_lib/ui-text';
import { flowIds, getFlow, regionIds } from '@/flows';
import { checkHref } from '../../../_lib/check-href';

interface Params {
  params: Promise<{ flowId: string; region: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return flowIds().flatMap((flowId) => regionIds().map((region) => ({ flowId, region })));
}

export const metadata: Metadata = { title: FAULT.heading };

/**
 * Where the server sends a form it failed to work out (a fault in the engine): prerendered, so it does
 * not depend on what failed. The person still learns when to call for help, in their region's words.
 */
export default async function FaultPage({ params }: Params) {
  const { flowId, region } = await params;
  const flow = getFlow(flowId, region);
  if (!flow) notFound();
  return (
    <>
      <h1>{FAULT.heading}</h1>
      <p>{FAULT.lead}</p>
      <HelpNow flow={flow} />
      <p>
        <a href={checkHref(flowId, region)}>{FAULT.startAgain}</a>
      </p>
    </>
  );
}
