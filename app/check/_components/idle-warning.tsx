'use client';

import { useLayoutEffect, useRef } from 'react';
import button from '@/app/_components/button.module.css';
import { IDLE_WARNING } from '@/app/_lib/idle-warning-text';
import styles from './idle-warning.module.css';

/**
 * Shown a little before the answers of a check left unused are removed (wizard-session.ts), with one
 * button to keep them (WCAG 2.2.1); Escape keeps them too. A modal dialog, so it is seen, and heard,
 * wherever the person was on the page; closing it puts focus back where it was.
 */
export function IdleWarning({ onKeep }: { onKeep: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // A layout effect's clean-up runs before React takes the dialog out of the page: closed while still
  // in it, the dialog gives focus back to where it was; taken out open, it would leave focus nowhere.
  useLayoutEffect(() => {
    const shown = dialog.current!;
    shown.showModal();
    return () => shown.close();
  }, []);
  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="idle-warning-title" aria-describedby="idle-warning-text" onCancel={onKeep}>
      <h2 id="idle-warning-title">{IDLE_WARNING.heading}</h2>
      <p id="idle-warning-text">{IDLE_WARNING.text}</p>
      <button type="button" className={button.button} onClick={onKeep}>
        {IDLE_WARNING.keep}
      </button>
    </dialog>
  );
}
