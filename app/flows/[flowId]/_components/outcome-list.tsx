import type { OutcomeEntry } from '@/lib/explorer/flow-review';
import { TIER_NAMES } from '@/lib/explorer/flow-review';
import { ConditionWords } from './condition-words';
import { TierTag } from './tier-tag';
import { OutcomeMark } from './trial';
import facts from './fact-list.module.css';
import styles from './outcome-list.module.css';

const PLANS: Record<OutcomeEntry['plan'], string> = {
  self_care: 'The self-care plan: treatments, cautions and exercises (not shown on this page).',
  professional: 'What a healthcare professional may offer (not shown on this page).',
  none: 'None: the advice is only what to do now.',
};

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Every outcome's full text, as the person reads it, in the flow's order (most urgent first). */
export function OutcomeList({ outcomes }: { outcomes: readonly OutcomeEntry[] }) {
  return (
    <>
      {outcomes.map((outcome) => (
        <article
          key={outcome.id}
          id={`outcome-${outcome.id}`}
          className={`${styles.outcome} ${styles[outcome.tier]}`}
          aria-labelledby={`outcome-${outcome.id}-title`}
          data-outcome-id={outcome.id}
        >
          <h3 id={`outcome-${outcome.id}-title`}>
            {outcome.title} <TierTag tier={outcome.tier} />
          </h3>
          <OutcomeMark outcome={outcome.id} />
          <dl className={facts.facts}>
            <dt>Timeframe</dt>
            <dd>{outcome.timeframe}</dd>
            <dt>Instruction</dt>
            <dd>{outcome.instruction}</dd>
            <dt>Reached by</dt>
            <dd>
              {outcome.rules.map((rule, i) => (
                <span key={rule.id}>
                  {i > 0 && ', '}
                  <a href={`#rule-${rule.id}`}>{rule.name}</a>
                </span>
              ))}
              {outcome.whenNoRuleFires && <>{outcome.rules.length > 0 && ', and '}when no rule fires at all</>}
            </dd>
            <dt>Plan shown</dt>
            <dd>{PLANS[outcome.plan]}</dd>
            <dt className={facts.id}>Id</dt>
            <dd className={facts.id}>
              <code>{outcome.id}</code>
            </dd>
          </dl>
          <h4>Where to go</h4>
          {outcome.services.length === 0 ? (
            <p>No services are listed.</p>
          ) : (
            <ul className={styles.list}>
              {outcome.services.map((service) => (
                <li key={service.id}>
                  <strong>{service.label}</strong>
                  {service.href && (
                    <>
                      {' '}
                      (<code>{service.href}</code>)
                    </>
                  )}
                  {service.description && <>: {service.description}</>}
                </li>
              ))}
            </ul>
          )}
          <h4>What to do</h4>
          <List items={outcome.actions} />
          <h4>Safety-net</h4>
          {outcome.safetyNet.map((list) => (
            <div key={list.heading} className={styles.safetyNet}>
              <p>
                <strong>{list.heading}</strong> ({TIER_NAMES[list.tier].toLowerCase()})
              </p>
              <ul className={styles.list}>
                {list.signs.map((sign) => (
                  <li key={sign.text}>
                    {sign.text}
                    {sign.finding && (
                      <>
                        {' '}
                        (<a href={`#finding-${sign.finding}`}>a finding’s own words</a>: left out for someone who reported it, or was not asked it)
                      </>
                    )}
                    {sign.shownIf && (
                      <>
                        {' '}
                        Listed only when: <ConditionWords words={sign.shownIf} />.
                      </>
                    )}
                  </li>
                ))}
              </ul>
              {list.how && <p>{list.how}</p>}
            </div>
          ))}
          <h4>Afterwards</h4>
          {outcome.afterwards.length ? <List items={outcome.afterwards} /> : <p>Nothing more.</p>}
        </article>
      ))}
    </>
  );
}
