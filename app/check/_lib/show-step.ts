/**
 * A new step is a new page to the person: shown from the top, where the Back link and "Question 3 of
 * about 8" are, with focus on its heading. Focus alone scrolls only as far as the heading, so after a
 * long page a short one opened part-way down, with the Back link and the question's number out of view.
 */
export function showStep(heading: HTMLElement | null | undefined) {
  if (!heading) return;
  (document.scrollingElement ?? document.documentElement).scrollTop = 0;
  heading.focus({ preventScroll: true });
}
