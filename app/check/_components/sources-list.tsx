import { RESULT_TEXT } from '@/app/_lib/result-text';
import type { SourceRef } from '@/lib/triage/result';
import styles from './sources-list.module.css';

/** Where the advice comes from. Links leave the site only when the person chooses to follow them. */
export function SourcesList({ sources }: { sources: readonly SourceRef[] }) {
  return (
    <ul className={styles.sources}>
      {sources.map((source) => (
        <li key={source.id}>
          {source.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {source.title}
              <span className="visually-hidden"> {RESULT_TEXT.opensNewTab}</span>
            </a>
          ) : (
            source.title
          )}
        </li>
      ))}
    </ul>
  );
}
