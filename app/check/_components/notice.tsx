import styles from './notice.module.css';

/** A message from the check about itself: answers restored or cleared, or JavaScript needed. */
export function Notice({ children }: { children: React.ReactNode }) {
  return <div className={styles.notice}>{children}</div>;
}
