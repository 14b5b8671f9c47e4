import type { AnswerLine } from '@/lib/triage/describe-answers';

interface AnswersSummaryProps {
  readonly lines: readonly AnswerLine[];
  readonly changeHref: (screen: string) => string;
  readonly onChange: (screen: string) => void;
}

/** The "Check your answers" summary list, with a Change link per answer. Also the print summary. */
export function AnswersSummary({ lines, changeHref, onChange }: AnswersSummaryProps) {
  return (
    <dl className="summary-list">
      {lines.map((line) => (
        <div className="summary-list__row" key={line.screen}>
          <dt className="summary-list__key">{line.label}</dt>
          <dd className="summary-list__value">
            {line.answer.length > 1 ? (
              <ul className="list">
                {line.answer.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ) : (
              line.answer[0]
            )}
          </dd>
          <dd className="summary-list__actions no-print">
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
