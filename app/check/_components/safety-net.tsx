import { BulletList } from '@/app/_components/bullet-list';
import { SAFETY_NET } from '@/app/_lib/ui-text';
import type { SafetyNetList } from '@/lib/triage/result';
import styles from './safety-net.module.css';
import { TierIcon } from './tier-icon';

/**
 * What would change the advice, for this person, right under what to do: each list an NHS care card in
 * its tier's colour, with the tier's icon and a heading that says what to do. `say` draws the heading
 * and the line on where to go: on the full result, with each number to call as a tap. (The stand-in
 * shown while the result's code loads draws them as text, so the page's first script does not carry it.)
 */
export function SafetyNet({ lists, say = (text) => text }: { lists: readonly SafetyNetList[]; say?: (text: string) => React.ReactNode }) {
  if (lists.length === 0) return null;
  return (
    <section className={styles.safetyNet} aria-labelledby="safety-title">
      <h2 id="safety-title">{SAFETY_NET.heading}</h2>
      {lists.map((list) => (
        <div className={styles.card} data-level={list.level} key={list.heading}>
          <h3 className={styles.heading}>
            <TierIcon tier={list.level} size="small" />
            <span>{say(list.heading)}</span>
          </h3>
          <div className={styles.body}>
            <BulletList items={list.signs} />
            {list.how && <p>{say(list.how)}</p>}
          </div>
        </div>
      ))}
    </section>
  );
}
