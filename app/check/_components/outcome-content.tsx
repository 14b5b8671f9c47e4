import button from '@/app/_components/button.module.css';
import { BulletList } from '@/app/_components/bullet-list';
import { PhoneText, phoneItems } from '@/app/_components/phone-text';
import { Section } from '@/app/_components/section';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import type { Flow, Outcome } from '@/lib/flow/flow-schema';
import { phoneNumbers, type PhoneNumbers } from '@/lib/flow/phone-text';
import { panelCall } from '@/lib/flow/services';
import styles from './outcome-content.module.css';
import { SelfCarePlan } from './self-care-plan';
import { ServiceList } from './service-list';
import { TierIcon } from './tier-icon';

/*
 * The parts of an outcome that are the same for everyone who reaches it, in the region's words. They
 * are Server Components: the page renders them once per outcome and hands them to the wizard, so their
 * code never ships to the browser. What depends on the answers (the safety-net for this person, why,
 * causes, the answers themselves) is rendered there.
 */

export interface OutcomeSlots {
  /** What to do and how soon: the coloured panel, with a number to tap when it is an emergency. */
  readonly head: React.ReactNode;
  /** Where to get help, each a tap. */
  readonly services: React.ReactNode;
  /** What to do now, or while waiting. */
  readonly actions: React.ReactNode;
  /** The plan: self-care, or what a professional may offer. */
  readonly plan: React.ReactNode;
  /** The numbers the region's services call, so that "call 999" in this person's safety-net is a tap too. */
  readonly phones: PhoneNumbers;
}

type PanelCall = ReturnType<typeof panelCall>;

/** What to do and how soon; when calling is the first thing to do, the number, in the panel itself. */
function OutcomeHead({ outcome, call, phones }: { outcome: Outcome; call: PanelCall; phones: PhoneNumbers }) {
  return (
    <div className={styles.panel}>
      <TierIcon tier={outcome.tier} />
      <div className={styles.panelText}>
        <p className={styles.caption}>{RESULT_TEXT.caption}</p>
        <h1 className={styles.title} tabIndex={-1}>
          {outcome.title}
        </h1>
        {/* The number straight under the title: with large text on a phone, still on the first screen. */}
        {call && (
          <a className={`${button.button} ${button.call} ${styles.call}`} href={call.href}>
            {call.label}
          </a>
        )}
        {/*
         * Below the emergency tier, a number the instruction says to call ("call 111") is a tap on the first
         * screen. An emergency panel's only tap is its button, or none ("Go to A&E now… if you cannot get
         * there safely, call 999"): a person in pain presses the only thing there is to press.
         */}
        <p className={styles.instruction}>{outcome.tier === 'emergency' ? outcome.instruction : <PhoneText text={outcome.instruction} phones={phones} />}</p>
      </div>
    </div>
  );
}

function OutcomePlan({ flow, outcome, phones }: { flow: Flow; outcome: Outcome; phones: PhoneNumbers }) {
  if (outcome.plan === 'self_care') return <SelfCarePlan plan={flow.selfCare} phones={phones} />;
  if (outcome.plan !== 'professional') return null;
  return (
    <Section titleId="offer-title" title={RESULT_TEXT.professionalHeading} belowTheFold className="no-print">
      <p>{flow.professionalCare.intro}</p>
      <BulletList
        items={flow.professionalCare.treatments.map((t) => ({
          key: t.id,
          content: (
            <>
              <strong>{t.name}</strong>: {t.description}
            </>
          ),
        }))}
      />
    </Section>
  );
}

/** Each outcome's slots, rendered on the server. */
export function outcomeSlots(flow: Flow): Record<string, OutcomeSlots> {
  const phones = phoneNumbers(flow.services);
  return Object.fromEntries(
    Object.entries(flow.outcomes).map(([id, outcome]) => {
      // The panel's number and "While you wait" go together: someone told to call waits for help to come.
      const call = panelCall(flow.services, outcome);
      return [
        id,
        {
          head: <OutcomeHead outcome={outcome} call={call} phones={phones} />,
          services: (
            <Section titleId="services-title" title={RESULT_TEXT.whereHeading}>
              <ServiceList services={outcome.services.map((s) => ({ id: s, ...flow.services[s]! }))} />
            </Section>
          ),
          actions: (
            <Section titleId="actions-title" title={call ? RESULT_TEXT.whileYouWait : RESULT_TEXT.whatNow}>
              <BulletList items={phoneItems([...outcome.actions, ...outcome.afterwards], phones)} />
            </Section>
          ),
          plan: <OutcomePlan flow={flow} outcome={outcome} phones={phones} />,
          phones,
        },
      ];
    }),
  );
}
