import { useEffect } from 'react';

/**
 * Gives the page this title while the component is on show (null: leave it as it is). Next.js streams a
 * page's metadata and commits its own <title> after the page's first effects, which would put the
 * server's title back over the step's on every load and reload: the title is kept until the next one.
 */
export function usePageTitle(title: string | null) {
  useEffect(() => {
    if (title === null) return;
    document.title = title;
    const observer = new MutationObserver(() => {
      if (document.title !== title) document.title = title;
    });
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
