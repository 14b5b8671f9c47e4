import { render, waitFor } from '@testing-library/react';
import { getRegion, loadFlow } from '@/flows';
import { serializeProgress, storageKey } from '@/lib/triage/saved-progress';
import { wizardProps } from './wizard-props';

/*
 * A tab reloaded on its result: the wizard's module is loaded fresh here (as on a real reload), after
 * the page's first script has marked the tab as holding answers.
 */
const mockAskedFor: string[] = [];
jest.mock('../../_components/end-of-check', () => {
  mockAskedFor.push('end-of-check');
  return jest.requireActual('../../_components/end-of-check');
});

const flow = loadFlow('back-spasms', 'uk');
const region = getRegion('uk')!;
const level = () => document.querySelector('[data-triage-level]')?.getAttribute('data-triage-level');

beforeEach(() => {
  const progress = { answers: { emergency_signs: ['chest_pain_or_shortness_of_breath'] }, trail: ['emergency_signs', 'result'] };
  sessionStorage.setItem(storageKey(flow), serializeProgress(flow, progress, Date.now()));
  window.history.replaceState({ step: 1 }, '', '/check/back-spasms/uk');
  // As the page's inline script does for a tab that holds answers.
  document.documentElement.setAttribute('data-resuming', '');
});

test('a tab reloaded on its result asks for the end of the check’s code while the page loads, and draws the result in full once, without its stand-in first', async () => {
  const { Wizard } = await import('./wizard');
  // Asked for by the module itself, before anything is rendered.
  await waitFor(() => expect(mockAskedFor).toEqual(['end-of-check']));

  const standIns: Element[] = [];
  const watch = new MutationObserver(() => standIns.push(...document.querySelectorAll('article[aria-busy]')));
  watch.observe(document.body, { subtree: true, childList: true, attributes: true });
  render(<Wizard {...wizardProps(flow, region)} />);
  await waitFor(() => expect(level()).toBe('emergency'));
  await waitFor(() => expect(document.documentElement).not.toHaveAttribute('data-resuming'));
  watch.disconnect();
  expect(standIns).toEqual([]);
  // The full result: its sources and its way to change the answers come with the rest of its code.
  expect(document.querySelector('article[data-triage-level]')).not.toHaveAttribute('aria-busy');
  expect(document.body).toHaveTextContent('Change your answers');
});
