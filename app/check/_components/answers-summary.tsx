import { REVIEW_TEXT } from '@/app/_lib/result-text';
import type { AnswerLine } from '@/lib/triage/describe-answers';
import styles from './answers-summary.module.css';
import { LinkButton } from './step-form';

/**
 * The GOV.UK summary list: a row per answer, each with a Change button of the step's form (a button,
 * so it works without JavaScript too). Also the answers on the printout.
 */
export function AnswersSummary({ lines }: { lines: readonly AnswerLine[] }) {
  return (
    <dl className={styles.list}>
      {lines.map((line) => (
        <div className={styles.row} key={line.screen}>
          <dt className={styles.key}>{line.label}</dt>
          <dd className={styles.value}>
            {line.answer.length > 1 ? (
              <ul className={styles.values}>
                {line.answer.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ) : (
              line.answer[0]
            )}
          </dd>
          <dd className={`${styles.actions} no-print`}>
            <LinkButton intent={`change:${line.screen}`}>
              {REVIEW_TEXT.change}
              <span className="visually-hidden"> {line.label.toLowerCase()}</span>
            </LinkButton>
          </dd>
        </div>
      ))}
    </dl>
  );
}
