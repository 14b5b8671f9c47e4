import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getRegion, loadFlow } from '@/flows';
import { fitsScreen } from '@/lib/triage/answers';
import { Wizard } from './wizard';
import { wizardProps } from './wizard-props';

/* A fault of the machine: its guard on an answer throws, as a bug in the engine would make it. */
jest.mock('@/lib/triage/answers', () => {
  const actual = jest.requireActual('@/lib/triage/answers');
  return { ...actual, fitsScreen: jest.fn(actual.fitsScreen) };
});

test('a fault of the machine shows the way to the numbers to call and a fresh start, once, rather than leaving the question on screen', async () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  window.addEventListener('error', onError);
  const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
  const user = userEvent.setup();
  render(<Wizard {...wizardProps(loadFlow('back-spasms', 'nz'), getRegion('nz')!)} />);
  await waitFor(() => expect(document.title).toMatch(/^Question 1 – /));
  jest.mocked(fitsScreen).mockImplementation(() => {
    throw new Error('a guard failed');
  });
  await user.click(screen.getByLabelText('None of these'));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const fault = within(await screen.findByRole('alert'));
  expect(fault.getByRole('heading', { level: 1 })).toHaveTextContent('Sorry, the check stopped working');
  expect(fault.getByRole('link', { name: 'See when to call for help now' })).toHaveAttribute('href', '/check/back-spasms/nz/no-javascript');
  expect(fault.getByRole('link', { name: 'Start the check again' })).toHaveAttribute('href', '/check/back-spasms/nz');
  expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  // XState throws an error no observer took from a timer: nothing is left to throw.
  await new Promise((resolve) => setTimeout(resolve, 10));
  window.removeEventListener('error', onError);
  logged.mockRestore();
  expect(uncaught).toEqual([]);
});
