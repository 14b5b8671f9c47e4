import { isStaticExport } from '@/app/_lib/deployment';
import { FAULT, NO_SCRIPT_NOTES, NOTICES, PRIVACY_NOTE, REGION_NOTE } from '@/app/_lib/ui-text';
import { toFlowCore } from '@/lib/flow/flow-core';
import type { Flow } from '@/lib/flow/flow-schema';
import type { Region } from '@/lib/flow/regions';
import { emergencyCall } from '@/lib/flow/emergency-routes';
import { outcomeSlots } from '../../_components/outcome-content';
import { checkHref } from '../../_lib/check-href';
import type { WizardProps } from './wizard';

/** What the check's page hands the wizard for a flow in a region (and what the wizard's tests render). */
export function wizardProps(flow: Flow, region: Region): WizardProps {
  return {
    flow: toFlowCore(flow),
    region: { id: region.id, name: region.name, lang: region.lang },
    outcomes: outcomeSlots(flow),
    emergencyCall: emergencyCall(flow),
    startHref: '/',
    pageHref: checkHref(flow.id, region.id),
    regionsHref: `/check/${flow.id}`,
    privacyHref: '/privacy',
    privacyNotes: {
      short: PRIVACY_NOTE.short,
      more: PRIVACY_NOTE.moreNewTab,
      sent: NO_SCRIPT_NOTES.sent,
      noScript: isStaticExport() ? NO_SCRIPT_NOTES.noScriptStatic : NO_SCRIPT_NOTES.noScript,
    },
    regionNote: { label: REGION_NOTE.region(region.name), change: REGION_NOTE.changeRegion },
    notices: NOTICES,
    fault: FAULT,
  };
}
