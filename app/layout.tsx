import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';
import styles from './layout.module.css';

export const metadata: Metadata = {
  title: { default: 'Back spasm self-check', template: '%s – Back spasm self-check' },
  description:
    'A private self-check for back pain and back spasms: find out whether you can look after it at home or should see a healthcare professional, and how soon.',
  referrer: 'no-referrer',
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
            <Link className={styles.headerService} href="/">
              Back spasm self-check
            </Link>
            <span className={styles.headerTag}>Self-check, not a diagnosis</span>
          </div>
        </header>
        <div className={`${styles.widthContainer} ${styles.page}`}>
          <main className={styles.main} id="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className={`${styles.footer} no-print`}>
          <div className={styles.widthContainer}>
            <p>
              In an emergency, call 999. For urgent advice when it is not an emergency, call 111.
            </p>
            <p>
              This self-check follows NHS and NICE guidance on back pain. It gives general advice and is not a
              diagnosis. No cookies, no tracking: your answers never leave your browser.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
