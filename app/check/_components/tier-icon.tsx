import type { TierName as Tier } from '@/lib/flow/tiers';
import styles from './tier-icon.module.css';

const PATHS: Record<Tier, string> = {
  emergency:
    'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
  urgent: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7z',
  routine: 'M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V9h14zM7 11h5v5H7z',
  self_care: 'M12 3 2 12h3v8h5v-6h4v6h5v-8h3z',
};

/**
 * An icon for each tier, so urgency is never shown by colour alone: a phone (call now), a clock (today),
 * a calendar (book), a house (at home). Decorative: the heading beside it says the same in words.
 */
export function TierIcon({ tier, size = 'large' }: { tier: Tier; size?: 'large' | 'small' }) {
  const px = size === 'large' ? 40 : 24;
  return (
    <svg className={size === 'large' ? styles.icon : styles.small} viewBox="0 0 24 24" width={px} height={px} aria-hidden="true" focusable="false">
      <path d={PATHS[tier]} />
    </svg>
  );
}
