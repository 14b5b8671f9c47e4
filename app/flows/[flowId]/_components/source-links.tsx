import type { SourceRef } from '@/lib/triage/result';
import styles from './source-links.module.css';

/** Where something comes from: each source's title, linked when it has an address (printed after it on paper). */
export function SourceLinks({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            source.title
          )}
        </li>
      ))}
    </ul>
  );
}
