import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import button from '@/app/_components/button.module.css';
import { BulletList } from '@/app/_components/bullet-list';
import { ServiceList } from '@/app/check/_components/service-list';
import { isStaticExport } from '@/app/_lib/deployment';
import { NO_SCRIPT, WIZARD } from '@/app/_lib/ui-text';
import { flowIds, getFlow, regionIds } from '@/flows';
import { emergencyCall } from '@/lib/flow/emergency-routes';
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
 * Where a static copy of the check sends a form it cannot work out without JavaScript (never a dead
 * button), and where the server sends a form it failed to work out (a fault in the engine). The
 * emergency signs and the number to call, then where to get other help.
 */
export default async function NoJavaScriptPage({ params }: Params) {
  const { flowId, region } = await params;
  const flow = getFlow(flowId, region);
  if (!flow) notFound();
  const first = flow.screens[0]!;
  const signs = first.kind === 'checklist' ? first.items.map((item) => flow.findings[item.finding]!.label) : [];
  const call = emergencyCall(flow);
  const urgent = flow.outcomes.urgent!;
  return (
    <>
      <h1>{NO_SCRIPT.heading}</h1>
      <p>{isStaticExport() ? NO_SCRIPT.lead : NO_SCRIPT.leadServer}</p>
      <h2>{NO_SCRIPT.emergencyHeading}</h2>
      <BulletList items={signs} />
      {call && (
        <p>
          <a className={`${button.button} ${button.warning}`} href={call.href}>
            {call.label}
          </a>
        </p>
      )}
      {call?.routes.map((route) => (
        <p key={route.sign}>{WIZARD.emergencyElsewhere(route.sign, route.action)}</p>
      ))}
      <h2>{NO_SCRIPT.urgentHeading}</h2>
      <p>{urgent.instruction}</p>
      <ServiceList services={urgent.services.map((id) => ({ id, ...flow.services[id]! }))} />
      <p>
        <a href={checkHref(flowId, region)}>{isStaticExport() ? NO_SCRIPT.tryAgain : NO_SCRIPT.tryAgainServer}</a>
      </p>
    </>
  );
}
