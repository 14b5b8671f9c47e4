import type { Flow, Outcome } from '@/lib/flow/flow-schema';
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
      <div className="outcome__panel">
        <TierIcon tier={outcome.tier} />
        <div>
          <p className="outcome__caption">Your result</p>
          <h1 className="outcome__title" tabIndex={-1}>
            {outcome.title}
          </h1>
          <p className="outcome__instruction">{outcome.instruction}</p>
          <p className="outcome__timeframe">
            <span className="visually-hidden">When: </span>
            {outcome.timeframe}
          </p>
          {outcome.call && (
            <>
              <a className="button button--call" href={`tel:${outcome.call.number}`}>
                {outcome.call.label}
              </a>
              <p className="outcome__others">{outcome.call.others}</p>
            </>
          )}
        </div>
      </div>
      <section className="section" aria-labelledby="actions-title">
        <h2 id="actions-title">{outcome.tier === 'emergency' ? 'While you wait' : 'What to do now'}</h2>
        <ul className="list list--bullet">
          {outcome.actions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
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
        <section className="section no-print" aria-labelledby="offer-title">
          <h2 id="offer-title">What a doctor or physiotherapist may offer</h2>
          <p>{flow.professionalCare.intro}</p>
          <ul className="list list--bullet">
            {flow.professionalCare.treatments.map((t) => (
              <li key={t.id}>
                <strong>{t.name}</strong>: {t.description}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section safety-net" aria-labelledby="safety-title">
        <h2 id="safety-title">If things change</h2>
        <ul className="list list--bullet">
          {outcome.safetyNet.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
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
