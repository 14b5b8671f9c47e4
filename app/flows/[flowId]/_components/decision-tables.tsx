import { TIER_NAMES, type TierRules } from '@/lib/explorer/flow-review';
import { ConditionWords } from './condition-words';
import { SourcesList } from '@/app/check/_components/sources-list';
import sourceStyles from './source-links.module.css';
import { TierTag } from './tier-tag';
import { RuleMark } from './trial';
import styles from './decision-tables.module.css';

const TIER_NOTES: Record<TierRules['tier'], string> = {
  emergency: 'Any one of these ends the check as soon as it fires, on the answers given so far.',
  urgent: 'Decide the outcome at the end when no emergency rule has fired.',
  routine: 'Decide the outcome at the end when no emergency or urgent rule has fired.',
  self_care: 'Decide the outcome at the end when no other rule has fired.',
};

/** Every rule as a decision table, one per tier, most urgent first. */
export function DecisionTables({ tables }: { tables: readonly TierRules[] }) {
  return (
    <>
      {tables.map(({ tier, rules }) => (
        <div key={tier} className={styles.tier} data-tier-rules={tier}>
          <h3 id={`rules-${tier}`}>
            {TIER_NAMES[tier]} ({rules.length} rule{rules.length === 1 ? '' : 's'})
          </h3>
          {rules.length === 0 ? (
            <p>No rule has this tier.</p>
          ) : (
            <>
              <p className={styles.tierNote}>{TIER_NOTES[tier]}</p>
              {/* On a phone the table scrolls sideways in its own box: its caption stays short, so it fits. */}
              <div className={styles.scroll} role="region" aria-labelledby={`rules-${tier}-caption`} tabIndex={0}>
                <table className={styles.table}>
                  <caption id={`rules-${tier}-caption`}>{TIER_NAMES[tier]} rules</caption>
                  <colgroup>
                    <col className={styles.ruleColumn} />
                    <col className={styles.whenColumn} />
                    <col className={styles.outcomeColumn} />
                    <col className={styles.reasonColumn} />
                    <col className={styles.sourcesColumn} />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">Rule (and its id)</th>
                      <th scope="col">Fires when</th>
                      <th scope="col">Tier and outcome</th>
                      <th scope="col">Reason the person reads</th>
                      <th scope="col">Sources</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rules.map((rule) => (
                      <tr key={rule.id} id={`rule-${rule.id}`} data-rule-id={rule.id}>
                        <th scope="row">
                          <span className={styles.ruleName}>
                            Rule {rule.number}
                            <span className="visually-hidden"> of the {TIER_NAMES[tier].toLowerCase()} rules</span>
                          </span>
                          <span className={styles.ruleId}>
                            <span className="visually-hidden">Id: </span>
                            <code>
                              {rule.id.split('_').map((part, i) => (
                                // A long id breaks after an underscore, never inside a word.
                                <span key={i}>
                                  {i > 0 && (
                                    <>
                                      _<wbr />
                                    </>
                                  )}
                                  {part}
                                </span>
                              ))}
                            </code>
                          </span>
                          <RuleMark rule={rule.id} />
                        </th>
                        <td>
                          <ConditionWords words={rule.when} />
                        </td>
                        <td>
                          <TierTag tier={rule.tier} />
                          <br />
                          <a href={`#outcome-${rule.outcome.id}`}>{rule.outcome.title}</a>
                        </td>
                        <td>
                          {rule.reason}
                          {rule.note && (
                            <p className={styles.note}>
                              <strong>Note for reviewers:</strong> {rule.note}
                            </p>
                          )}
                        </td>
                        <td>
                          <SourcesList sources={rule.sources} className={sourceStyles.sources} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
      ))}
    </>
  );
}
