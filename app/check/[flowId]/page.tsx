import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { flowIds, getFlow, getRegion, regionIds } from '@/flows';
import { CHOOSER } from '@/app/_lib/ui-text';
import { checkHref } from '../_lib/check-href';
import styles from './chooser.module.css';

interface Params {
  params: Promise<{ flowId: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return flowIds().map((flowId) => ({ flowId }));
}

export const metadata: Metadata = { title: CHOOSER.heading };

/** Where are you? One link per region: the start page's form lands here without JavaScript. */
export default async function ChooseRegionPage({ params }: Params) {
  const { flowId } = await params;
  if (!getFlow(flowId)) notFound();
  return (
    <>
      <h1>{CHOOSER.heading}</h1>
      <p>{CHOOSER.lead}</p>
      <ul className={styles.list}>
        {regionIds().map((id) => (
          <li key={id}>
            <a className={styles.link} href={checkHref(flowId, id)} lang={getRegion(id)!.lang}>
              {getRegion(id)!.name}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
