import Link from 'next/link';
import { DEFAULT_FLOW_ID, getFlow } from '@/flows';
import { BulletList } from './_components/bullet-list';
import button from './_components/button.module.css';
import styles from './page.module.css';

const BEFORE_YOU_START = [
  'It takes about 2 minutes: most people answer 7 or 8 short questions.',
  'It tells you whether you can look after your back at home, with a self-care plan and gentle exercises, or should see a healthcare professional, and how soon.',
  'It is for people aged 16 and over.',
  'It is not a diagnosis and does not replace a doctor, nurse or pharmacist. If you are worried, or your symptoms get worse, get medical advice.',
  'Your answers stay on this device: they are worked out in your browser, never sent to us or anyone else, and deleted when you close the tab. There are no cookies and no tracking.',
];

export default function StartPage() {
  const flow = getFlow(DEFAULT_FLOW_ID)!;
  const emergency = flow.screens[0]!;
  const emergencySigns = emergency.kind === 'checklist' ? emergency.items.map((item) => flow.findings[item.finding]!.label) : [];
  const emergencyCall = flow.outcomes.emergency!.call;
  return (
    <>
      <h1>Check your back pain</h1>
      <p className={styles.lead}>{flow.description}</p>

      <div className={styles.warningCallout} role="region" aria-labelledby="emergency-title">
        <h2 id="emergency-title">{emergencyCall ? `${emergencyCall.label} now` : 'Get emergency help now'} if you have back pain and any of these:</h2>
        <BulletList items={emergencySigns} />
        {emergencyCall && (
          <p>
            <a className={`${button.button} ${button.call}`} href={`tel:${emergencyCall.number}`}>
              {emergencyCall.label}
            </a>
          </p>
        )}
      </div>

      <h2>Before you start</h2>
      <BulletList items={BEFORE_YOU_START} />

      <Link className={`${button.button} ${button.start}`} href={`/check/${flow.id}`} role="button" draggable={false}>
        Start now
        <svg width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>
    </>
  );
}
