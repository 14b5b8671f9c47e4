import { classNames } from '@/app/_lib/class-names';
import styles from './section.module.css';

interface SectionProps {
  /** The heading's id: the section is a region named by its heading. */
  readonly titleId: string;
  readonly title: React.ReactNode;
  /**
   * Below the first screenful of a long page: the browser may skip its layout and paint until it is
   * scrolled near (it stays in the accessibility tree and find-in-page).
   */
  readonly belowTheFold?: boolean;
  readonly className?: string;
  /** A link on the page goes to it: its heading takes focus, so keyboard and screen reader users go too. */
  readonly linkedTo?: boolean;
  readonly children: React.ReactNode;
}

/** A section of a page under its own h2, which names it for assistive technology. */
export function Section({ titleId, title, belowTheFold = false, className, linkedTo = false, children }: SectionProps) {
  return (
    <section className={classNames(belowTheFold && styles.belowTheFold, className)} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={linkedTo ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}
