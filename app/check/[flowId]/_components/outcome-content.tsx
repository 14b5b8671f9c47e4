import button from '@/app/_components/button.module.css';
import { BulletList } from '@/app/_components/bullet-list';
import { Section } from '@/app/_components/section';
import type { Flow, Outcome } from '@/lib/flow/flow-schema';
import styles from './outcome-content.module.css';
import { SelfCarePlan } from './self-care-plan';
import { TierIcon } from './tier-icon';

/*
 * The parts of an outcome that are the same for everyone who reaches it. They are Server Components:
 * the page renders them once per outcome and hands them to the wizard, so their code never ships to
 * the browser. What depends on the answers (why, causes, the answers themselves) is rendered there.
 */

export interface OutcomeSlots {
  /** What to do and how soon: the coloured panel and the first actions. */
  readonly head: React.ReactNode;
  /** The plan (self-care, or what a professional may offer) and the safety-net. */
  readonly plan: React.ReactNode;
}

function OutcomeHead({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <div className={styles.panel}>
        <TierIcon tier={outcome.tier} />
        <div>
          <p className={styles.caption}>Your result</p>
          <h1 className={styles.title} tabIndex={-1}>
            {outcome.title}
          </h1>
          <p className={styles.instruction}>{outcome.instruction}</p>
          <p className={styles.timeframe}>
            <span className="visually-hidden">When: </span>
            {outcome.timeframe}
          </p>
          {outcome.call && (
            <>
              <a className={`${button.button} ${button.call} ${styles.call}`} href={`tel:${outcome.call.number}`}>
                {outcome.call.label}
              </a>
              <p className={styles.others}>{outcome.call.others}</p>
            </>
          )}
        </div>
      </div>
      <Section titleId="actions-title" title={outcome.tier === 'emergency' ? 'While you wait' : 'What to do now'}>
        <BulletList items={outcome.actions} />
      </Section>
    </>
  );
}

function OutcomePlan({ flow, outcome }: { flow: Flow; outcome: Outcome }) {
  return (
    <>
      {outcome.plan === 'self_care' && (
        <div className="no-print">
          <SelfCarePlan plan={flow.selfCare} />
        </div>
      )}
      {outcome.plan === 'professional' && (
        <Section titleId="offer-title" title="What a doctor or physiotherapist may offer" belowTheFold className="no-print">
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
      )}
      <Section titleId="safety-title" title="If things change" belowTheFold className={styles.safetyNet}>
        <BulletList items={outcome.safetyNet} />
      </Section>
    </>
  );
}

/** Each outcome's slots, rendered on the server. */
export function outcomeSlots(flow: Flow): Record<string, OutcomeSlots> {
  return Object.fromEntries(
    Object.entries(flow.outcomes).map(([id, outcome]) => [
      id,
      { head: <OutcomeHead outcome={outcome} />, plan: <OutcomePlan flow={flow} outcome={outcome} /> },
    ]),
  );
}
