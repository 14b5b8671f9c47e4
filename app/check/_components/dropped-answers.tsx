import { BulletList } from '@/app/_components/bullet-list';
import { WIZARD } from '@/app/_lib/ui-text';
import { Notice } from './notice';

/** After a change: the answers it removed, because their questions no longer apply, in words. */
export function DroppedAnswers({ dropped }: { dropped: readonly string[] }) {
  if (dropped.length === 0) return null;
  return (
    <Notice>
      {WIZARD.droppedIntro}
      <BulletList items={dropped} />
    </Notice>
  );
}
