import { RESULT_TEXT } from '@/app/_lib/result-text';
import type { SourceRef } from '@/lib/triage/result';
import styles from './sources-list.module.css';

/**
 * Where the advice comes from (the result, and the flow explorer's rules and questions). Links leave the
 * site only when the person chooses to follow them; on paper each prints where it goes.
 */
export function SourcesList({ sources, className }: { sources: readonly SourceRef[]; className?: string }) {
  return (
    <ul className={className ? `${styles.sources} ${className}` : styles.sources}>
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
