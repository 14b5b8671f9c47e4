'use server';

import { notFound, redirect } from 'next/navigation';
import { DEFAULT_FLOW_ID, getFlow } from '@/flows';
import { toFlowCore } from '@/lib/flow/flow-core';
import type { Flow } from '@/lib/flow/flow-schema';
import { stepFromForm, type FormStep } from '@/lib/triage/form-step';
import { machineFor } from '@/lib/triage/run-machine';
import { helpHref } from './check-href';

/**
 * The question forms' Server Action: it runs only when the browser submits a form itself (no
 * JavaScript, or not loaded yet). Stateless: the answers so far arrive in a hidden field and go back
 * in the returned state. Nothing is stored or logged.
 */
export async function answerAction(_previous: FormStep | null, form: FormData): Promise<FormStep> {
  // Next builds the arguments from fields of the post, which anyone can forge: a post whose fields do
  // not give a form starts the check again at question 1 and says so, as progress we cannot read does.
  if (!(form instanceof FormData)) return { ...stepFor(getFlow(DEFAULT_FLOW_ID)!, new FormData()), notice: 'unreadable' };
  const flowId = form.get('flow');
  const regionId = form.get('region');
  const flow = typeof flowId === 'string' && typeof regionId === 'string' ? getFlow(flowId, regionId) : undefined;
  // A form for a check this site does not have (its hidden fields changed): the not-found page, as for its address.
  if (!flow) notFound();
  try {
    return stepFor(flow, form);
  } catch (error) {
    // Thrown on, Next.js would answer a form posted without JavaScript with its bare 500 page. The help
    // page still says when to call for help. The error is logged, never the form (it holds the answers).
    // (A page of its own per region would add hashes the site-wide CSP has no room for: postbuild-csp.mjs.)
    console.error('The question form could not be worked out:', error);
    redirect(helpHref(flow.id, regionId as string));
  }
}

const stepFor = (flow: Flow, form: FormData): FormStep => stepFromForm(toFlowCore(flow), machineFor(flow), form, Date.now());
