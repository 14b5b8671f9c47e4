import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { getRegion, loadFlow } from '@/flows';
import { fitsScreen } from '@/lib/triage/answers';
import { Wizard } from './wizard';
import { wizardProps } from './wizard-props';

/* A fault of the machine: its guard on an answer throws, as a bug in the engine would make it. */
jest.mock('@/lib/triage/answers', () => {
  const actual = jest.requireActual('@/lib/triage/answers');
  return { ...actual, fitsScreen: jest.fn(actual.fitsScreen) };
});

/** Stands in for the route's error boundary (error.tsx), which Next.js puts around the page. */
class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{String(this.state.error)}</p> : this.props.children;
  }
}

test('a fault of the machine reaches the page’s error boundary, once, rather than leaving the question on screen', async () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  window.addEventListener('error', onError);
  const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
  const user = userEvent.setup();
  render(
    <Boundary>
      <Wizard {...wizardProps(loadFlow('back-spasms', 'uk'), getRegion('uk')!)} />
    </Boundary>,
  );
  await waitFor(() => expect(document.title).toMatch(/^Question 1 – /));
  jest.mocked(fitsScreen).mockImplementation(() => {
    throw new Error('a guard failed');
  });
  await user.click(screen.getByLabelText('None of these'));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('a guard failed');
  // XState throws an error no observer took from a timer: nothing is left to throw.
  await new Promise((resolve) => setTimeout(resolve, 10));
  window.removeEventListener('error', onError);
  logged.mockRestore();
  expect(uncaught).toEqual([]);
});
