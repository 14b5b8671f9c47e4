'use client';

import { useActionState } from 'react';
import type { FormStep } from '@/lib/triage/form-step';
import { answerAction } from './actions';
import type { NoJsForm } from './no-js-form-types';

/*
 * Where a step's form goes when the browser submits it itself: JavaScript off, or not loaded yet.
 * With JavaScript, each form's onSubmit calls preventDefault, and React then does not run the action:
 * the check runs in the browser and nothing is sent.
 *
 * This is the server build's version: a Server Action with a permalink, so a form posted without
 * JavaScript comes back as this page, rendered by the server at the step it worked out. The static
 * export has no server: next.config.js swaps in no-js-form.export.ts there.
 */
export function useNoJsForm(flowId: string, regionId: string): NoJsForm {
  const [posted, action] = useActionState<FormStep | null, FormData>(answerAction, null, `/check/${flowId}/${regionId}`);
  return { posted, action, hidden: { flow: flowId, region: regionId }, helpForm: null };
}
