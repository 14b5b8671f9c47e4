import type { TierName } from '@/lib/flow/tiers';
import { TIER_NAMES } from '@/lib/explorer/flow-review';
import styles from './tier-tag.module.css';

/** A tier in words, on its colour: the words are what say it, the colour only repeats them. */
export function TierTag({ tier, suffix = '' }: { tier: TierName; suffix?: string }) {
  return (
    <strong className={`${styles.tag} ${styles[tier]}`} data-tier={tier}>
      {TIER_NAMES[tier]}
      {suffix}
    </strong>
  );
}
