import { DEFAULT_FLOW_ID, getRegion, loadFlow, regionIds, regions } from '@/flows';
import { BulletList } from './_components/bullet-list';
import { RegionStart } from './_components/region-start';
import { START } from './_lib/start-text';
import { PRIVACY_LINK, PRIVACY_NOTE } from './_lib/ui-text';
import { checkHref } from './check/_lib/check-href';
import styles from './page.module.css';

export default function StartPage() {
  const flow = loadFlow(DEFAULT_FLOW_ID);
  const options = regionIds().map((id) => ({ id, name: getRegion(id)!.name, href: checkHref(flow.id, id) }));
  const hints = {
    defaultRegion: regions.defaultRegion,
    regions: Object.fromEntries(regionIds().map((id) => [id, { languages: getRegion(id)!.languages, timeZones: getRegion(id)!.timeZones }])),
  };
  return (
    <>
      <h1>{START.heading}</h1>
      <p className={styles.lead}>{flow.description}</p>
      <h2>{START.beforeYouStart}</h2>
      <BulletList items={START.points} />
      <p>
        {PRIVACY_NOTE.short} <a href="/privacy">{PRIVACY_LINK}</a>
      </p>
      <RegionStart options={options} hints={hints} chooserHref={`/check/${flow.id}`} />
    </>
  );
}
