import type { Words } from '@/lib/explorer/flow-review';

/** A condition in plain words, each finding linked to where the explorer lists its exact wording. */
export function ConditionWords({ words }: { words: Words }) {
  return (
    <>
      {words.parts.map((part, i) =>
        'finding' in part ? (
          <a key={i} href={`#finding-${part.finding}`}>
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
