import styles from './bullet-list.module.css';

/** An item that is more than plain text, with the key React needs for it. */
interface RichItem {
  readonly key: string;
  readonly content: React.ReactNode;
}

/** A bulleted list. Plain strings are their own keys, so each must be unique in its list. */
export function BulletList({ items }: { items: readonly (string | RichItem)[] }) {
  return (
    <ul className={styles.list}>
      {items.map((item) => (typeof item === 'string' ? <li key={item}>{item}</li> : <li key={item.key}>{item.content}</li>))}
    </ul>
  );
}
