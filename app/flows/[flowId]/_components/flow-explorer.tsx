import type { Flow } from '@/lib/flow/flow-schema';
import { toFlowCore } from '@/lib/flow/flow-core';
import type { ExplorerData } from '@/lib/explorer/explorer-data';
import { stepGraph } from '@/lib/explorer/flow-graph';
import { decisionTables, outcomeEntries, screenEntries } from '@/lib/explorer/flow-review';
import { DecisionTables } from './decision-tables';
import { FlowGraph } from './flow-graph';
import { OutcomeList } from './outcome-list';
import { PathFigures } from './path-figures';
import { ScreenList } from './screen-list';
import { TrialProvider } from './trial';
import { TryPatient } from './try-patient';
import styles from './flow-explorer.module.css';

const SECTIONS = [
  ['try-a-patient', 'Try a patient'],
  ['paths', 'Paths and screens to an outcome'],
  ['graph', 'Graph of screens and outcomes'],
  ['screens', 'Screens, in the order they are asked'],
  ['rules', 'Rules, by tier'],
  ['outcomes', 'Outcomes'],
] as const;

const title = (id: (typeof SECTIONS)[number][0]) => SECTIONS.find(([key]) => key === id)![1];

function Section({ id, children, className }: { id: (typeof SECTIONS)[number][0]; children: React.ReactNode; className?: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={className}>
      <h2 id={`${id}-title`}>{title(id)}</h2>
      {children}
    </section>
  );
}

/**
 * The flow explorer: a flow as a clinical reviewer signs it off, on one page. The flow's own text and
 * structure come from lib/explorer/flow-review; the figures, transitions and graph layout from the
 * build (lib/explorer/explorer-data). Only "Try a patient" and its marks run in the browser.
 */
export function FlowExplorer({ flow, data }: { flow: Flow; data: ExplorerData }) {
  const screens = screenEntries(flow);
  const tables = decisionTables(flow);
  const outcomes = outcomeEntries(flow);
  const graph = stepGraph(flow, data.transitions);
  return (
    <div className={styles.explorer} data-flow-explorer={flow.id}>
      <p className={styles.caption}>Flow explorer, for clinical review</p>
      <h1>{flow.title}</h1>
      <dl className={styles.summary}>
        <dt>Version</dt>
        <dd data-flow-version>{flow.version}</dd>
        <dt>Description</dt>
        <dd>{flow.description}</dd>
        <dt>Who it is for</dt>
        <dd>{flow.audience}</dd>
        {flow.region && (
          <>
            <dt>Wording</dt>
            <dd>As shown in the {flow.region.name}. Services, phone numbers and some words differ by region; the screens, rules and paths do not.</dd>
          </>
        )}
        <dt>In numbers</dt>
        <dd>
          {flow.screens.length} screens, {Object.keys(flow.findings).length} findings, {flow.rules.length} rules and {outcomes.length} outcomes
        </dd>
      </dl>
      <p>
        Everything a person can be asked and told, in the flow’s exact words, with the conditions in plain words. Nothing on this page is sent
        anywhere.
      </p>

      <nav aria-labelledby="contents-title" className={styles.contents}>
        <h2 id="contents-title">Contents</h2>
        <ol>
          {SECTIONS.map(([id, name]) => (
            // "Try a patient" is for the screen: paper does not have it.
            <li key={id} className={id === 'try-a-patient' ? 'no-print' : undefined}>
              <a href={`#${id}`}>{name}</a>
            </li>
          ))}
        </ol>
      </nav>

      <TrialProvider>
        <Section id="try-a-patient" className="no-print">
          <p>
            Give a patient’s age, how long the pain has lasted and their findings, and see where this flow takes them: the same compiled engine as the
            triage CLI and the API runs here, in your browser. Their path is marked on the graph and the screens, and the rules that fired in the
            tables.
          </p>
          <TryPatient flow={toFlowCore(flow)} />
        </Section>

        <Section id="paths">
          <PathFigures paths={data.paths} outcomes={outcomes.map(({ id, title: name }) => ({ id, title: name }))} />
          <p className={styles.method}>
            Worked out when the site was built, by exploring the flow’s machine as <code>npm run flow:check</code> does: from each screen, every
            combination of the items shown, each yes / no / not sure, each option, and each number either side of every threshold a rule or
            screen uses.
          </p>
        </Section>

        <Section id="graph">
          <p>
            Where the check can go from each screen, as found by exploring the flow’s machine, not as drawn by hand: an arrow means some answers
            lead straight from one step to the next.
          </p>
          <FlowGraph layout={data.layout} graph={graph} title={`Screens and outcomes of ${flow.title} ${flow.version}`} />
        </Section>

        <Section id="screens">
          <p>
            A screen or item with a condition is shown only when it holds for what the person has said before it. A finding is answered yes when it
            is ticked, or when the person says yes or “not sure” to it.
          </p>
          <ScreenList screens={screens} />
        </Section>

        <Section id="rules">
          <p>
            Each rule’s condition is read against the answers. An emergency rule ends the check as soon as it fires. Otherwise, after “Check your
            answers”, the most urgent tier among the rules that fired decides the outcome; within a tier, the outcome listed first among the
            outcomes wins. When no rule fires, the outcome is self-care.
          </p>
          <DecisionTables tables={tables} />
        </Section>

        <Section id="outcomes">
          <p>Each outcome’s full text, as the person reads it, most urgent first.</p>
          <OutcomeList outcomes={outcomes} />
        </Section>
      </TrialProvider>
    </div>
  );
}
