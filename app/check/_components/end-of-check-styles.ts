/*
 * The CSS of the end of the check (end-of-check.tsx), for the check's page to import.
 *
 * Next.js puts into a page the CSS of the modules the page imports, and the end of the check's code loads
 * on its own, after question 1, so its CSS would come only with that code. Without scripts that never
 * happens, yet the server draws Check your answers and the result into this very page (a question form
 * posted without JavaScript): the page must carry their CSS itself. With scripts, the copy that comes
 * with the code repeats the same rules. e2e/no-js.spec.ts fails on any class of such a page with no CSS.
 * (Not the clinician's download: it shows only once the page is interactive.) Each import costs its map of
 * class names in the first load's JavaScript, so only what such a page shows is here.
 */
import './answers-summary.module.css';
import './outcome-view.module.css';
import './sources-list.module.css';
import './start-again.module.css';
