import Link from 'next/link';
import { NOT_FOUND } from './_lib/ui-text';

export const metadata = { title: NOT_FOUND.heading };

export default function NotFound() {
  return (
    <>
      <h1>{NOT_FOUND.heading}</h1>
      <p>{NOT_FOUND.typed}</p>
      <p>{NOT_FOUND.pasted}</p>
      <p>
        <Link href="/">{NOT_FOUND.home}</Link>
      </p>
    </>
  );
}
