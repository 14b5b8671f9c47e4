import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getRegion, loadFlow } from '@/flows';
import { Wizard } from './wizard';
import { wizardProps } from './wizard-props';

// The end of the check loads on its own (a flaky network, a deploy racing the page): here it never does.
jest.mock('../../_components/end-of-check', () => {
  throw new Error('Loading chunk failed');
});

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));

test('when the result’s code cannot load, the advice and this person’s safety-net are still shown, with a way to get the rest', async () => {
  const flow = loadFlow('back-spasms', 'uk');
  const user = userEvent.setup();
  render(<Wizard {...wizardProps(flow, getRegion('uk')!)} />);
  await waitFor(() => expect(document.title).toMatch(/^Question 1 – /));
  await user.click(screen.getByLabelText(flow.findings.chest_pain_or_shortness_of_breath!.label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));

  await screen.findByText(/Part of this page did not load/);
  expect(document.querySelector('[data-triage-level]')).toHaveAttribute('data-triage-level', 'emergency');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(flow.outcomes.emergency!.title);
  expect(screen.getAllByRole('link', { name: /^Call 999/ })[0]).toHaveAttribute('href', 'tel:999');
  expect(screen.getByRole('heading', { name: 'If things change' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Where to get help' })).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
});
