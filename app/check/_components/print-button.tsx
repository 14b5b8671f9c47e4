'use client';

import button from '@/app/_components/button.module.css';

/**
 * Prints the page, or only the self-care plan (with the date, the result and the safety-net). Closed
 * disclosures (the sources) are opened for the printout, and closed again after it.
 */
export function PrintButton({ label, only }: { label: string; only?: 'plan' }) {
  const print = () => {
    const root = document.documentElement;
    const closed = [...document.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    closed.forEach((d) => (d.open = true));
    if (only) root.dataset.print = only;
    const restore = () => {
      delete root.dataset.print;
      closed.forEach((d) => (d.open = false));
      window.removeEventListener('afterprint', restore);
    };
    window.addEventListener('afterprint', restore);
    window.print();
  };
  return (
    <button className={`${button.button} ${button.secondary}`} type="button" onClick={print}>
      {label}
    </button>
  );
}
