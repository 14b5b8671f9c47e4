import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';
import { DEFAULT_FLOW_ID } from '@/flows';
import { FOOTER, HEADER_TAG, SITE_NAME } from './_lib/ui-text';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s – ${SITE_NAME}` },
  description:
    'A private self-check for back pain and back spasms: find out whether you can look after it at home or should see a healthcare professional, and how soon.',
  // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` with a form post, and the
  // server refuses the no-JavaScript answers. Other sites still get no referrer.
  referrer: 'same-origin',
  robots: { index: true, follow: true },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3d5c' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link no-print" href="#main">
          Skip to main content
        </a>
        <header className={`${styles.header} no-print`}>
          <div className={`${styles.widthContainer} ${styles.headerInner}`}>
            {/* Not prefetched: the header is on every page, the wizard's too, where fetching the start page's
                data and script would take a slow phone's bandwidth and main thread from question 1. */}
            <Link className={styles.headerService} href="/" prefetch={false}>
              {SITE_NAME}
            </Link>
            <span className={styles.headerTag}>{HEADER_TAG}</span>
          </div>
        </header>
        {/* The body is a flex column, in which a centred item shrinks to its content: the page grows in a
            full-width box, and the column inside it lines up with the header's, as the footer's does. */}
        <div className={styles.page}>
          <div className={styles.widthContainer}>
            <main className={styles.main} id="main" tabIndex={-1}>
              {children}
            </main>
          </div>
        </div>
        <footer className={`${styles.footer} no-print`}>
          <div className={styles.widthContainer}>
            <p>{FOOTER.notDiagnosis}</p>
            <ul className={styles.footerLinks}>
              <li>
                <a href="/privacy">{FOOTER.privacy}</a>
              </li>
              <li>
                <a href={`/flows/${DEFAULT_FLOW_ID}`}>{FOOTER.explorer}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
