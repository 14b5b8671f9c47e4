import type { SourceRef } from '@/lib/triage/result';
import styles from './sources-list.module.css';

/** Where a rule comes from. Links leave the site only when the person chooses to follow them. */
export function SourcesList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <p className={styles.sources}>
      <span className={styles.label}>Source{sources.length > 1 ? 's' : ''}: </span>
      {sources.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            source.title
          )}
        </span>
      ))}
    </p>
  );
}
