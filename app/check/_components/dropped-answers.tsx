import { BulletList } from '@/app/_components/bullet-list';
import { Notice } from './notice';

/** After a change: the answers it removed, because their questions no longer apply, in words; `intro` is NOTICES.dropped. */
export function DroppedAnswers({ dropped, intro }: { dropped: readonly string[]; intro: string }) {
  if (dropped.length === 0) return null;
  return (
    <Notice>
      {intro}
      <BulletList items={dropped} />
    </Notice>
  );
}
