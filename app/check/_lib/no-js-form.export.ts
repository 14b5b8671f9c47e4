import { helpHref } from './check-href';
import type { NoJsForm } from './no-js-form-types';

/*
 * The static export's version of no-js-form.ts: there is no server to work out the next step. Until the
 * page is interactive, each button belongs (by its `form` attribute) to an empty form whose GET goes to a
 * static help page with the emergency and urgent numbers: nothing the person ticked is sent, or put in
 * the URL, and no button is ever dead.
 */
export function useNoJsForm(flowId: string, regionId: string): NoJsForm {
  return { posted: null, action: undefined, hidden: {}, helpForm: { id: 'no-js-help', action: helpHref(flowId, regionId) } };
}
