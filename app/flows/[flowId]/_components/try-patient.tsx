'use client';

import { useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import type { FlowCore } from '@/lib/flow/flow-core';
import { describeCondition } from '@/lib/flow/describe-condition';
import { ruleNames, TIER_NAMES } from '@/lib/explorer/flow-review';
import { patientForm, readPatientForm, tryPatient, type FieldProblem } from '@/lib/explorer/try-patient';
import { useTrial } from './trial';
import button from '@/app/_components/button.module.css';
import { classNames } from '@/app/_lib/class-names';
import styles from './try-patient.module.css';

const noSubscription = () => () => {};

/**
 * "Try a patient": a form for a patient's facts and findings, run through the same compiled engine as
 * the CLI and the API, in the browser. Nothing is sent anywhere: the form is never submitted. The result
 * is shown here, and marked on the screens, rules, outcomes and graph of the page.
 */
export function TryPatient({ flow }: { flow: FlowCore }) {
  const form = useMemo(() => patientForm(flow), [flow]);
  // Until the page's scripts run (or without them) the button is disabled, and so is Enter in a field:
  // the browser would send the form itself, as a GET that puts the findings in the address and the history.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const { trial, setTrial } = useTrial();
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLHeadingElement>(null);

  const screenLabel = (id: string) => {
    const index = flow.screens.findIndex((s) => s.id === id);
    return index < 0 ? 'Check your answers' : `${index + 1}. ${flow.screens[index]!.summaryLabel}`;
  };
  const names = useMemo(() => ruleNames(flow.rules), [flow]);
  /** A rule as the tables name it, linked to its row, and its condition in words. */
  const ruleItem = (id: string) => (
    <li key={id} data-rule={id}>
      <a href={`#rule-${id}`}>{names.get(id)}</a>: {describeCondition(flow, flow.rules.find((rule) => rule.id === id)!.when)}
    </li>
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // The form never leaves the page: the engine runs here.
    event.preventDefault();
    const read = readPatientForm(flow, form, new FormData(event.currentTarget));
    if ('problems' in read) {
      setProblems(read.problems);
      setTrial(null);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setProblems([]);
    setTrial(tryPatient(flow, read.patient));
    requestAnimationFrame(() => result.current?.focus());
  }

  function onReset() {
    setProblems([]);
    setTrial(null);
  }

  const problemFor = (field: string) => problems.find((p) => p.field === field);
  const outcome = trial && flow.outcomes[trial.result.outcome]!;
  const outranked = trial ? trial.fired.filter((id) => !trial.result.reasons.some((r) => r.rule === id)) : [];

  return (
    <div className={styles.tryPatient}>
      {problems.length > 0 && (
        <div className={styles.errorSummary} ref={summary} tabIndex={-1} aria-labelledby="try-errors-title">
          <h3 id="try-errors-title">There is a problem</h3>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a
                  href={`#try-${p.field}`}
                  onClick={(event) => {
                    // Move focus into the field itself; following the fragment only scrolls.
                    event.preventDefault();
                    document.getElementById(`try-${p.field}`)?.focus();
                  }}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={onSubmit} onReset={onReset} noValidate aria-label="Try a patient">
        {form.facts.map((field) => {
          const problem = problemFor(field.id);
          return field.kind === 'number' ? (
            <div key={field.id} className={classNames(styles.field, problem && styles.fieldError)}>
              <label htmlFor={`try-${field.id}`} className={styles.label}>
                {field.label}
              </label>
              <p id={`try-${field.id}-hint`} className={styles.hint}>
                {field.hint}
              </p>
              {problem && (
                <p id={`try-${field.id}-error`} className={styles.error}>
                  <span className="visually-hidden">Error:</span> {problem.message}
                </p>
              )}
              <input
                id={`try-${field.id}`}
                name={field.id}
                className={styles.input}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-describedby={`try-${field.id}-hint${problem ? ` try-${field.id}-error` : ''}`}
                aria-invalid={problem ? true : undefined}
              />
            </div>
          ) : (
            <fieldset key={field.id} className={classNames(styles.field, styles.fieldset, problem && styles.fieldError)} aria-describedby={problem ? `try-${field.id}-error` : undefined}>
              <legend className={styles.label}>{field.label}</legend>
              {problem && (
                <p id={`try-${field.id}-error`} className={styles.error}>
                  <span className="visually-hidden">Error:</span> {problem.message}
                </p>
              )}
              <div className={styles.options}>
                {field.options.map((option, i) => (
                  <div key={option.value} className={styles.option}>
                    <input id={i === 0 ? `try-${field.id}` : `try-${field.id}-${option.value}`} type="radio" name={field.id} value={option.value} className={styles.control} />
                    <label htmlFor={i === 0 ? `try-${field.id}` : `try-${field.id}-${option.value}`}>{option.label}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        })}
        <p className={styles.findingsIntro}>Tick the findings the patient has. Any left unticked are answered “no”.</p>
        <div className={styles.groups}>
          {form.groups.map((group) => (
            <fieldset key={group.screen} className={`${styles.fieldset} ${styles.group}`}>
              <legend className={styles.groupLabel}>{screenLabel(group.screen)}</legend>
              {group.findings.map((finding) => (
                <div key={finding.id} className={styles.option}>
                  <input id={`try-finding-${finding.id}`} type="checkbox" name="findings" value={finding.id} className={styles.control} />
                  <label htmlFor={`try-finding-${finding.id}`}>{finding.label}</label>
                </div>
              ))}
            </fieldset>
          ))}
        </div>
        <div className={styles.buttons}>
          <button type="submit" className={button.button} disabled={!ready}>
            Try this patient
          </button>
          <button type="reset" className={`${button.button} ${button.secondary}`}>
            Clear
          </button>
        </div>
        <noscript>
          <p>Trying a patient needs JavaScript, which is turned off in this browser.</p>
        </noscript>
      </form>
      <div className={styles.result} data-trial-result={trial ? trial.result.outcome : undefined}>
        {trial && outcome && (
          <>
            <h3 ref={result} tabIndex={-1}>
              Outcome: {outcome.title} ({TIER_NAMES[trial.result.level].toLowerCase()})
            </h3>
            <p>
              <a href={`#outcome-${trial.result.outcome}`}>Read the outcome in full</a>, and see its path marked on the{' '}
              <a href="#graph">graph</a>, the <a href="#screens">screens</a> and the <a href="#rules">rules</a>.
            </p>
            <h4>Screens shown ({trial.result.screens})</h4>
            <ol className={styles.list} data-trial-path>
              {trial.result.path.map((id) => (
                <li key={id}>
                  <a href={`#screen-${id}`}>{screenLabel(id)}</a>
                </li>
              ))}
            </ol>
            <p>{trial.steps.includes('review') ? 'Then “Check your answers”, then the outcome.' : 'An emergency rule fired: the check ended there.'}</p>
            <h4>Rules that decided the outcome</h4>
            {trial.result.reasons.length ? (
              <ul className={styles.list} data-trial-decided>
                {trial.result.reasons.map((reason) => ruleItem(reason.rule))}
              </ul>
            ) : (
              <p>No rule fired: the check ends at self-care.</p>
            )}
            {outranked.length > 0 && (
              <>
                <h4>Rules that fired but were outranked</h4>
                <ul className={styles.list} data-trial-outranked>
                  {outranked.map(ruleItem)}
                </ul>
              </>
            )}
            {trial.result.notAsked.length > 0 && (
              <>
                <h4>Ticked, but never asked</h4>
                <p>
                  The check ended first, or the screen or item was not shown to this patient, so these did not count. (The API and the CLI
                  turn down a patient with a finding whose screen or item was not shown.)
                </p>
                <ul className={styles.list} data-trial-not-asked>
                  {trial.result.notAsked.map((id) => (
                    <li key={id}>{flow.findings[id]!.label}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
