import { render, screen } from '@testing-library/react';
import NoJavaScriptPage from './page';

async function renderPage(region: string) {
  render(await NoJavaScriptPage({ params: Promise.resolve({ flowId: 'back-spasms', region }) }));
}

describe('the page a static copy shows when the check cannot run', () => {
  test('lists the emergency signs with the number to tap, and sends a pregnancy sign to the maternity team', async () => {
    await renderPage('uk');
    expect(screen.getByText('New weakness in both legs')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByText('If you are, or could be, pregnant and have contractions or tightenings that keep coming, bleeding, or leaking fluid, call your midwife or the maternity unit now.')).toBeInTheDocument();
  });

  test('on the server build, which answers forms without JavaScript, only a fault comes here: it says so', async () => {
    await renderPage('uk');
    expect(screen.getByText('Something went wrong, so the check could not go on.')).toBeInTheDocument();
    expect(screen.queryByText(/JavaScript/)).toBeNull();
  });

  test('on the static export, it says JavaScript may be off', async () => {
    process.env.STATIC_EXPORT = 'true';
    try {
      await renderPage('uk');
    } finally {
      delete process.env.STATIC_EXPORT;
    }
    expect(screen.getByText(/^JavaScript may be turned off/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Try the check again. If JavaScript is off, turn it on first.' })).toHaveAttribute('href', '/check/back-spasms/uk');
  });

  test('uses the region’s number and words', async () => {
    await renderPage('us');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByText(/call your doctor or the labor and delivery unit now\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/999/)).toBeNull();
  });
});
