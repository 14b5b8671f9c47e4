import type { FindingEntry, ScreenEntry } from '@/lib/explorer/flow-review';
import { ConditionWords } from './condition-words';
import { SourcesList } from '@/app/check/_components/sources-list';
import sourceStyles from './source-links.module.css';
import { TierTag } from './tier-tag';
import { StepMark } from './trial';
import facts from './fact-list.module.css';
import styles from './screen-list.module.css';

function Finding({ finding }: { finding: FindingEntry }) {
  return (
    <li id={`finding-${finding.id}`} className={styles.item} data-finding-id={finding.id}>
      <p className={styles.wording}>{finding.label}</p>
      <dl className={facts.facts}>
        {finding.redFlag && (
          <>
            <dt>Red flag</dt>
            <dd>
              <TierTag tier={finding.redFlag} /> on its own
            </dd>
          </>
        )}
        <dt>Shown</dt>
        <dd>{finding.shownIf ? <>Only when: <ConditionWords words={finding.shownIf} /></> : 'Whenever the screen is'}</dd>
        <dt>Why we ask</dt>
        <dd>{finding.why}</dd>
        {finding.safetyNet && (
          <>
            <dt>In safety-net lists</dt>
            <dd>{finding.safetyNet}</dd>
          </>
        )}
        <dt>Sources</dt>
        <dd>
          <SourcesList sources={finding.sources} className={sourceStyles.sources} />
        </dd>
        {finding.note && (
          <>
            <dt>Note for reviewers</dt>
            <dd>{finding.note}</dd>
          </>
        )}
        <dt className={facts.id}>Id</dt>
        <dd className={facts.id}>
          <code>{finding.id}</code>
        </dd>
      </dl>
    </li>
  );
}

function Answers({ screen }: { screen: ScreenEntry }) {
  switch (screen.kind) {
    case 'checklist':
      return (
        <>
          <h4>Items ({screen.findings.length}), then “{screen.noneLabel}”</h4>
          <ol className={styles.items}>
            {screen.findings.map((finding) => (
              <Finding key={finding.id} finding={finding} />
            ))}
          </ol>
          <p>
            Then, apart from the items by an “or”: <strong>{screen.noneLabel}</strong>. It cannot be ticked with an item.
          </p>
        </>
      );
    case 'yesno':
      return (
        <>
          <h4>The finding it asks about</h4>
          <ul className={styles.items}>
            <Finding finding={screen.findings[0]!} />
          </ul>
          <h4>Answers</h4>
          <ul className={styles.plain}>
            {screen.options.map((option) => (
              <li key={option.id}>
                <strong>{option.label}</strong>
                {option.detail && <>: {option.detail}</>}
              </li>
            ))}
          </ul>
        </>
      );
    case 'number':
      return (
        <>
          <h4>Answer</h4>
          <p>A whole number from {screen.numberAnswer!.range}.</p>
          <table className={styles.table}>
            <caption>What the person is told when the answer is not one</caption>
            <thead>
              <tr>
                <th scope="col">When the answer is</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {screen.numberAnswer!.errors.map((error) => (
                <tr key={error.when}>
                  <th scope="row">{error.when}</th>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'range':
    case 'choice':
      return (
        <>
          <h4>Options</h4>
          <table className={styles.table}>
            <caption>The options offered, in order</caption>
            <thead>
              <tr>
                <th scope="col">Option</th>
                {screen.kind === 'range' && <th scope="col">Stands for</th>}
              </tr>
            </thead>
            <tbody>
              {screen.options.map((option) => (
                <tr key={option.id}>
                  <th scope="row">{option.label}</th>
                  {screen.kind === 'range' && <td>{option.detail}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
  }
}

/** Every screen in the order it is asked: its exact wording, when it is shown, and every answer it offers. */
export function ScreenList({ screens }: { screens: readonly ScreenEntry[] }) {
  return (
    <>
      {screens.map((screen) => (
        <article key={screen.id} id={`screen-${screen.id}`} className={styles.screen} aria-labelledby={`screen-${screen.id}-title`} data-screen-id={screen.id}>
          <h3 id={`screen-${screen.id}-title`}>
            {screen.number}. {screen.summaryLabel}
          </h3>
          <StepMark step={screen.id} />
          <p className={styles.question}>{screen.question}</p>
          <dl className={facts.facts}>
            <dt>Kind</dt>
            <dd>{screen.kindName}</dd>
            {screen.hint && (
              <>
                <dt>Hint</dt>
                <dd>{screen.hint}</dd>
              </>
            )}
            {screen.why && (
              <>
                <dt>Why we ask</dt>
                <dd>{screen.why}</dd>
              </>
            )}
            <dt>Shown</dt>
            <dd>
              {screen.shownIf ? (
                <>
                  Only when: <ConditionWords words={screen.shownIf} />
                </>
              ) : (
                'Always, unless the check has ended'
              )}
            </dd>
            <dt className={facts.id}>Id</dt>
            <dd className={facts.id}>
              <code>{screen.id}</code>
            </dd>
          </dl>
          <Answers screen={screen} />
        </article>
      ))}
    </>
  );
}
