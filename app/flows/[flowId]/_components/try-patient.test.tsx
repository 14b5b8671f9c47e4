import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadFlow } from '@/flows';
import type { Patient } from '@/lib/triage/patient';
import type { TriageResult } from '@/lib/triage/run-triage';
import { ExplorerPage } from './explorer-page';

/*
 * "Try a patient" agrees with the triage CLI for every example patient of the flow: the form is filled
 * in as a reviewer would, and what the page shows (the outcome, the screens, the rules that decided it)
 * is compared with what the CLI prints for the same file. The marks on the page follow the same path.
 */

const root = path.resolve(__dirname, '../../../..');
const EXAMPLES = 'flows/back-spasms/examples/patients.json';
const flow = loadFlow('back-spasms');
const patients = JSON.parse(readFileSync(path.join(root, EXAMPLES), 'utf8')) as (Patient & { id: string; age: number; durationDays: number })[];
let cli: TriageResult[];

function runCli(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/triage.ts', file], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

beforeAll(async () => {
  cli = JSON.parse(await runCli(EXAMPLES)) as TriageResult[];
  // Time limits only catch hangs: the CLI takes seconds on a shared machine.
}, 300_000);

const listed = (selector: string) => [...document.querySelectorAll(`${selector} li`)].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const marked = (selector: string, attribute: string) =>
  [...document.querySelectorAll(selector)].map((el) => el.getAttribute(attribute));

/** The range option a number of days falls in: the one starting at the greatest `from` not above it. */
function durationOption(days: number): string {
  const range = flow.screens.find((s) => s.id === 'durationDays')!;
  if (range.kind !== 'range') throw new Error('durationDays is not a range screen');
  return range.options.filter((o) => o.from <= days).at(-1)!.label;
}

test('the CLI triages every example patient (the figures compared below are its)', () => {
  expect(cli.map((r) => r.id)).toEqual(patients.map((p) => p.id));
});

test('every example patient: the same outcome, screens and deciding rules as the CLI, marked on the page', async () => {
  const user = userEvent.setup();
  for (const [i, patient] of patients.entries()) {
    const expected = cli[i]!;
    const { unmount } = render(<ExplorerPage flowId={flow.id} />);
    const form = screen.getByRole('form', { name: 'Try a patient' });
    await user.type(within(form).getByRole('textbox', { name: 'Age' }), String(patient.age));
    await user.click(within(form).getByRole('radio', { name: durationOption(patient.durationDays) }));
    for (const id of patient.findings) await user.click(within(form).getByRole('checkbox', { name: flow.findings[id]!.label }));
    await user.click(within(form).getByRole('button', { name: 'Try this patient' }));

    const outcome = flow.outcomes[expected.outcome]!;
    const label = (id: string) => `${flow.screens.findIndex((s) => s.id === id) + 1}. ${flow.screens.find((s) => s.id === id)!.summaryLabel}`;
    const steps = [...expected.path, ...(expected.level === 'emergency' ? [] : ['review']), expected.outcome];
    const nodes = marked('svg g[data-step]', 'data-step');
    const shown = {
      patient: patient.id,
      heading: screen.getByRole('heading', { name: /^Outcome: / }).textContent,
      outcome: document.querySelector('[data-trial-result]')!.getAttribute('data-trial-result'),
      screens: listed('[data-trial-path]'),
      decided: marked('[data-trial-decided] li', 'data-rule'),
      notAsked: listed('[data-trial-not-asked]'),
      // The marks: the screens on the path, the rules that decided it, the outcome, and the graph.
      markedScreens: marked('[data-screen-id]:has([data-trial-mark="step"])', 'data-screen-id'),
      markedRules: marked('tr[data-rule-id]:has([data-trial-mark="decided"])', 'data-rule-id'),
      markedOutcome: marked('[data-outcome-id]:has([data-trial-mark="outcome"])', 'data-outcome-id'),
      markedSteps: marked('svg [data-path-step]', 'data-path-step'),
      markedEdges: marked('svg [data-path-edge]', 'data-path-edge'),
    };
    expect(shown).toEqual({
      patient: patient.id,
      heading: `Outcome: ${outcome.title} (${outcome.tier.replace('_', '-')})`,
      outcome: expected.outcome,
      screens: expected.path.map(label),
      decided: expected.reasons.map((r) => r.rule),
      notAsked: expected.notAsked.map((id) => flow.findings[id]!.label),
      markedScreens: expected.path,
      markedRules: flow.rules.map((rule) => rule.id).filter((id) => expected.reasons.some((r) => r.rule === id)),
      markedOutcome: [expected.outcome],
      markedSteps: nodes.filter((id) => steps.includes(id!)),
      markedEdges: steps.slice(1).map((to, j) => `${steps[j]}→${to}`),
    });
    // Every step the patient took is a transition the explored machine makes: the graph shows the real path.
    expect(marked('svg path[data-edge]', 'data-edge')).toEqual(expect.arrayContaining(shown.markedEdges));
    unmount();
  }
}, 300_000);

test('a form that is not filled in says what is missing, in the flow’s words, and shows no result', async () => {
  const user = userEvent.setup();
  render(<ExplorerPage flowId={flow.id} />);
  await user.click(screen.getByRole('button', { name: 'Try this patient' }));
  const age = flow.screens.find((s) => s.id === 'age')!;
  if (age.kind !== 'number') throw new Error('age is not a number screen');
  const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
  // Focus moves on the next frame, once the summary is drawn.
  await waitFor(() => expect(summary).toHaveFocus());
  expect(within(summary).getByRole('link', { name: age.errors.empty })).toHaveAttribute('href', '#try-age');
  expect(document.querySelector('[data-trial-result]')).toBeNull();
  expect(document.querySelectorAll('[data-trial-mark]')).toHaveLength(0);
});

test('Clear empties the form and takes the marks away', async () => {
  const user = userEvent.setup();
  render(<ExplorerPage flowId={flow.id} />);
  await user.type(screen.getByRole('textbox', { name: 'Age' }), '34');
  await user.click(screen.getByRole('radio', { name: durationOption(3) }));
  await user.click(screen.getByRole('button', { name: 'Try this patient' }));
  expect(document.querySelectorAll('[data-trial-mark]').length).toBeGreaterThan(0);
  await user.click(screen.getByRole('button', { name: 'Clear' }));
  expect(screen.getByRole('textbox', { name: 'Age' })).toHaveValue('');
  expect(document.querySelector('[data-trial-result]')).toBeNull();
  expect(document.querySelectorAll('[data-trial-mark]')).toHaveLength(0);
  // Typing after a reset is checked in a real browser (e2e/explorer.spec.ts): user-event keeps its own
  // copy of what a field holds, which a form's reset does not update.
});
