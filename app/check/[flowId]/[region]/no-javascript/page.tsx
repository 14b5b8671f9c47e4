import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HelpNow } from '@/app/check/_components/help-now';
import { NO_SCRIPT } from '@/app/_lib/ui-text';
import { flowIds, getFlow, regionIds } from '@/flows';
import { checkHref } from '../../../_lib/check-href';

interface Params {
  params: Promise<{ flowId: string; region: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return flowIds().flatMap((flowId) => regionIds().map((region) => ({ flowId, region })));
}

export const metadata: Metadata = { title: NO_SCRIPT.heading };

/**
 * Where a static copy of the check sends a form it cannot work out without JavaScript: never a dead
 * button. The emergency signs and the number to call, then where to get other help.
 */
export default async function NoJavaScriptPage({ params }: Params) {
  const { flowId, region } = await params;
  const flow = getFlow(flowId, region);
  if (!flow) notFound();
  return (
    <>
      <h1>{NO_SCRIPT.heading}</h1>
      <p>{NO_SCRIPT.lead}</p>
      <HelpNow flow={flow} />
      <p>
        <a href={checkHref(flowId, region)}>{NO_SCRIPT.tryAgain}</a>
      </p>
    </>
  );
}
