import type { Metadata } from 'next';
import Link from 'next/link';
import { BulletList } from '../_components/bullet-list';
import { isStaticExport } from '../_lib/deployment';
import { PRIVACY } from '../_lib/ui-text';

export const metadata: Metadata = { title: PRIVACY.heading };

/** Exactly what is kept, where, and for how long. */
export default function PrivacyPage() {
  return (
    <>
      <h1>{PRIVACY.heading}</h1>
      <BulletList items={[...PRIVACY.points, PRIVACY.withoutScripts[isStaticExport() ? 'static' : 'server'], ...PRIVACY.morePoints]} />
      <p>
        <Link href="/">{PRIVACY.backToStart}</Link>
      </p>
    </>
  );
}
