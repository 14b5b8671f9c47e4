import { optional, regex, strictObject, string } from 'zod/mini';
import { Text } from './primitives';

/** Where to go for help, as a tap: a phone number or a web page, with a line on when to use it. */
export const Service = () =>
  strictObject({
    /** The link or button text: "Call 999", "Go to 111 online". */
    label: Text(),
    /** tel:, or an https address. */
    href: optional(string().check(regex(/^(tel:[0-9+]+|https:\/\/)/, 'use tel: with digits, or an https address'))),
    /** One line on when or how to use it. */
    description: optional(Text()),
  });

type ServiceEntry = { readonly label: string; readonly href?: string; readonly description?: string };

/** The first of these services that is a number to call, with its digits, for a big tap-to-call button. */
export function firstCall(services: Readonly<Record<string, ServiceEntry>>, ids: readonly string[]): (ServiceEntry & { readonly id: string; readonly href: string }) | null {
  for (const id of ids) {
    const service = services[id];
    if (service?.href?.startsWith('tel:')) return { id, ...service, href: service.href };
  }
  return null;
}

/**
 * The number an outcome's panel offers as its big button: only when calling is the first thing the
 * outcome says to do. "Go to A&E now, you do not need an ambulance" or "call your midwife" must not
 * have an emergency number as their one big button: a person in pain presses the only button.
 */
export function panelCall(services: Readonly<Record<string, ServiceEntry>>, outcome: { readonly tier: string; readonly services: readonly string[] }) {
  return outcome.tier === 'emergency' ? firstCall(services, outcome.services.slice(0, 1)) : null;
}
