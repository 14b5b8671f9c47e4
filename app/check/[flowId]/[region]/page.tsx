import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { flowIds, getFlow, getRegion, regionIds } from '@/flows';
import { RESUME_FAILED, RESUMING } from '@/app/_lib/ui-text';
import { storageKey } from '@/lib/triage/saved-progress';
import '../../_components/end-of-check-styles';
import { Wizard } from './wizard';
import { wizardProps } from './wizard-props';
import { Notice } from '../../_components/notice';
import styles from './resuming.module.css';

interface Params {
  params: Promise<{ flowId: string; region: string }>;
}

// Only the registry's flows and regions exist: any other address is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return flowIds().flatMap((flowId) => regionIds().map((region) => ({ flowId, region })));
}

// No title here: the wizard gives the page its title, neutral as every step's (the browser keeps it in its
// history). A page drawn for a posted form must say when it shows an error, and the browser reads only
// the first <title>, which would be this one.
export const metadata: Metadata = { title: { absolute: '' } };

/**
 * Reloading a tab that holds answers: until the wizard has read them, say so rather than show
 * question 1 as if they were lost. If the scripts cannot load, question 1 shows, saying the answers
 * could not be loaded ("failed"): at once when a script fails, or after a few seconds when none has
 * come (a stalled connection). The wizard, when it runs, removes the attribute.
 */
function resumingScript(key: string): string {
  return `try{var d=document.documentElement;if(sessionStorage.getItem(${JSON.stringify(key)})){d.setAttribute("data-resuming","");var f=function(){if(d.getAttribute("data-resuming")==="")d.setAttribute("data-resuming","failed")};addEventListener("error",function(e){if(e.target&&e.target.tagName==="SCRIPT")f()},true);setTimeout(f,8000)}}catch(e){}`;
}

/**
 * After the step: a page the server drew for a posted form carries its own progress, so it is shown,
 * never covered while a tab's older answers load. Those answers are out of date (the person went on
 * without the scripts): they go, so a later load of the page (Start again) does not wait for them.
 * When the scripts do run on this page, the wizard keeps the page's progress instead.
 */
function postedScript(key: string): string {
  return `try{if(document.querySelector("[data-posted]")){document.documentElement.removeAttribute("data-resuming");sessionStorage.removeItem(${JSON.stringify(key)})}}catch(e){}`;
}

export default async function CheckPage({ params }: Params) {
  const { flowId, region: regionId } = await params;
  const flow = getFlow(flowId, regionId);
  const region = getRegion(regionId);
  if (!flow || !region) notFound();
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: resumingScript(storageKey(flow)) }} />
      <p className={styles.loading} role="status">
        {RESUMING}
      </p>
      <div className={styles.resumeFailed}>
        <Notice>{RESUME_FAILED}</Notice>
      </div>
      <div className={styles.content}>
        <Wizard {...wizardProps(flow, region)} />
      </div>
      <script dangerouslySetInnerHTML={{ __html: postedScript(storageKey(flow)) }} />
    </>
  );
}
