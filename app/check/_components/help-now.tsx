import button from '@/app/_components/button.module.css';
import { BulletList } from '@/app/_components/bullet-list';
import { NO_SCRIPT, WIZARD } from '@/app/_lib/ui-text';
import { emergencyCall } from '@/lib/flow/emergency-routes';
import type { Flow } from '@/lib/flow/flow-schema';
import { ServiceList } from './service-list';

/**
 * Where to get help when the check cannot give advice (it could not run, or it failed): the emergency
 * signs and the number to call, then where to get other help, in the region's words.
 */
export function HelpNow({ flow }: { flow: Flow }) {
  const first = flow.screens[0]!;
  const signs = first.kind === 'checklist' ? first.items.map((item) => flow.findings[item.finding]!.label) : [];
  const call = emergencyCall(flow);
  const urgent = flow.outcomes.urgent!;
  return (
    <>
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
    </>
  );
}
