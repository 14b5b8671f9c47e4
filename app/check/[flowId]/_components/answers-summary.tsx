import type { AnswerLine } from '@/lib/triage/describe-answers';
import styles from './answers-summary.module.css';

interface AnswersSummaryProps {
  readonly lines: readonly AnswerLine[];
  readonly changeHref: (screen: string) => string;
  readonly onChange: (screen: string) => void;
}

/** The "Check your answers" summary list, with a Change link per answer. Also the print summary. */
export function AnswersSummary({ lines, changeHref, onChange }: AnswersSummaryProps) {
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
            <a
              href={changeHref(line.screen)}
              onClick={(event) => {
                event.preventDefault();
                onChange(line.screen);
              }}
            >
              Change<span className="visually-hidden"> {line.label.toLowerCase()}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
