'use client';

import { useParams } from 'next/navigation';
import button from '@/app/_components/button.module.css';
import { FAULT } from '@/app/_lib/ui-text';
import { checkHref, helpHref } from '../../_lib/check-href';

/**
 * What the check's page shows when the wizard fails while drawing a step (a fault of the machine throws
 * there): never a frozen question. The emergency numbers are a tap away, on the prerendered help page,
 * which needs nothing that failed here. Plain links: a full load starts afresh.
 */
export default function CheckError() {
  const { flowId, region } = useParams<{ flowId: string; region: string }>();
  return (
    <>
      <h1>{FAULT.heading}</h1>
      <p>{FAULT.lead}</p>
      <p>
        <a className={`${button.button} ${button.warning}`} href={helpHref(flowId, region)}>
          {FAULT.helpNow}
        </a>
      </p>
      <p>
        <a href={checkHref(flowId, region)}>{FAULT.startAgain}</a>
      </p>
    </>
  );
}
