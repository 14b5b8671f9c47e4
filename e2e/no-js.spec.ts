import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import { NO_SCRIPT, PRIVACY_NOTE, RESUME_FAILED, RESUMING } from '@/app/_lib/ui-text';
import { answerAll, answerAs, CHECK, expectStep, fillAs, PATIENTS, seeResult, stepField, tierOf, titleOf } from './journey';

/*
 * Progressive enhancement: every step is a real HTML form. Without JavaScript, or when the wizard's
 * scripts fail to load, the browser posts each form and the server works out the next step (same URL,
 * the progress in a hidden field). Nothing may ever be a dead button.
 */

const noJs = { js: false };

/** Every request the page makes, so a test can see that answers travel only in a POST body. */
function record(page: Page) {
  const sent: { method: string; url: string }[] = [];
  page.on('request', (request) => sent.push({ method: request.method(), url: request.url() }));
  return sent;
}

/**
 * Every CSS-module class on the page has rules that apply on screen. The pages the server draws after
 * a form was sent load only the stylesheets Next links for them; the end of the check is a lazily
 * loaded chunk, so its CSS is easily left out, and the page still works and passes every other test.
 */
async function expectStyled(page: Page, step: string) {
  const unstyled = await page.evaluate(() => {
    const selectors = [...document.styleSheets]
      .filter((sheet) => !sheet.media.mediaText || matchMedia(sheet.media.mediaText).matches)
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap(function texts(rule): string[] {
        if (rule instanceof CSSStyleRule) return [rule.selectorText, ...[...rule.cssRules].flatMap(texts)];
        if (rule instanceof CSSGroupingRule) return [...rule.cssRules].flatMap(texts);
        return [];
      })
      .join(' ');
    const classes = new Set([...document.querySelectorAll('main [class]')].flatMap((el) => [...el.classList]).filter((name) => name.includes('__')));
    return [...classes].filter((name) => !selectors.includes(`.${name}`));
  });
  expect(unstyled, `${step}: classes with no CSS on screen`).toEqual([]);
}

async function serverWalk(page: Page) {
  const sent = record(page);
  await page.goto(CHECK);
  await expectStep(page, 'emergency_signs', noJs);
  // What happens to the answers here, and the page that says more, before any is sent.
  await expect(page.getByRole('link', { name: PRIVACY_NOTE.moreNewTab })).toBeVisible();
  await answerAs(page, PATIENTS.urgent, noJs);
  await expectStep(page, 'age', noJs);

  // An answer in error: the server shows the same question with the error summary and the GOV.UK error message.
  await page.locator('#age').fill('two hundred');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'age', noJs);
  // Its title says so first, as GOV.UK's do (and stays neutral: no question in it).
  await expect(page).toHaveTitle('Error: Question 2 – Back spasm self-check');
  await expectStyled(page, 'a question with an error');
  const summary = page.locator('[aria-labelledby="error-summary-title"]');
  // A screen reader starts at the summary, with or without scripts (the page's own autofocus).
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter your age as a whole number of years, like 34' })).toBeVisible();
  await expect(page.locator('#age')).toHaveValue('two hundred');
  await expect(page.locator('#age')).toHaveAttribute('aria-invalid', 'true');
  await answerAs(page, PATIENTS.urgent, noJs);
  await expectStep(page, 'warning_signs', noJs);
  await expect(page).toHaveTitle('Question 3 – Back spasm self-check');

  // Back: the server's step back, with the answer given kept.
  await page.getByRole('main').getByRole('button', { name: 'Back', exact: true }).click();
  await expectStep(page, 'age', noJs);
  await expect(page.locator('#age')).toHaveValue('38');
  await answerAs(page, PATIENTS.urgent, noJs);

  await answerAll(page, PATIENTS.urgent, noJs);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  // Change works too: to the question and back to Check your answers.
  await page.getByRole('button', { name: 'Change age', exact: true }).click();
  await expectStep(page, 'age', noJs);
  await fillAs(page, 'age', { ...PATIENTS.urgent, age: 39 });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 'review', noJs);
  await expect(page.locator('dl')).toContainText('39');
  await expectStyled(page, 'Check your answers');
  // Back from question 1 opened by Change goes back to Check your answers, with every answer kept.
  await page.getByRole('button', { name: 'Change emergency signs', exact: true }).click();
  await expectStep(page, 'emergency_signs', noJs);
  await page.getByRole('main').getByRole('button', { name: 'Back', exact: true }).click();
  await expectStep(page, 'review', noJs);
  await expect(page.locator('dl')).toContainText('39');
  await seeResult(page, noJs);
  expect(await tierOf(page)).toBe('urgent');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get medical help today');
  await expectStyled(page, 'the result');
  await expect(page.getByRole('heading', { name: 'If things change' })).toBeVisible();

  // The address never changed, and no answer went into a URL: only POST bodies carry them.
  expect(page.url()).toMatch(new RegExp(`${CHECK}$`));
  const posts = sent.filter((r) => r.method === 'POST');
  expect(posts.length).toBeGreaterThan(10);
  for (const { url } of sent) expect(new URL(url).search + new URL(url).hash).not.toMatch(/fever|age|step|progress/);
}

/*
 * The server's answer to a posted form is drawn per request: its scripts carry no SRI and its inline
 * scripts are not in the CSP's hashes, so the browser reports them as blocked (the test below that is
 * marked as failing). Without JavaScript nothing would run anyway.
 */
const CSP_BLOCKED = /violates the following Content Security Policy directive/;
/** The scripts this test blocks, and the ones the CSP blocks (one pattern: a list of two reads as a fixture's options). */
const SCRIPTS_FAILED = /Failed to load resource|violates the following Content Security Policy directive/;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [CSP_BLOCKED] });

  test('a whole check, with an error, Back and Change, reaches the result through the server', async ({ page }) => {
    await serverWalk(page);
  });

  test('a change that adds a choice to a list answered before asks that list again, and says why', async ({ page }) => {
    // At 45 a minor fall is not asked about; at 55 it can break a bone, so the list of what set it off asks.
    const person = { ...PATIENTS.selfCare, age: 45, findings: [...PATIENTS.selfCare.findings, 'minor_fall_with_osteoporosis_risk'] };
    await page.goto(CHECK);
    await answerAll(page, person, noJs);
    await page.getByRole('button', { name: 'Change age', exact: true }).click();
    await fillAs(page, 'age', { ...person, age: 55 });
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectStep(page, 'before_it_started', noJs);
    await expect(page.getByText(/Your change means we need to ask this question again/)).toBeVisible();
    // The earlier answer is there to keep, as it is with JavaScript.
    await expect(page.getByLabel('It started after lifting, a sudden movement or overdoing it')).toBeChecked();
    await answerAs(page, { ...person, age: 55 }, noJs);
    await expectStep(page, 'review', noJs);
    await expect(page.locator('dl')).toContainText('It started after a minor fall or knock');
    await seeResult(page, noJs);
    expect(await tierOf(page)).toBe('urgent');
  });

  test('a change says which answers it removed', async ({ page }) => {
    await page.goto(CHECK);
    await answerAll(page, PATIENTS.pregnant, noJs);
    await page.getByRole('button', { name: 'Change age', exact: true }).click();
    await fillAs(page, 'age', { ...PATIENTS.pregnant, age: 60 });
    await page.getByRole('button', { name: 'Continue' }).click();
    // Pregnancy is not asked at 60, and a minor fall now is: the list of what set it off is asked again.
    await expectStep(page, 'before_it_started', noJs);
    const notice = page.getByText('Your change means some questions no longer apply, so we removed these answers:');
    await expect(notice).toBeVisible();
    await expect(notice.locator('xpath=..')).toContainText(/pregnant/i);
  });

  test('a question the server drew can start again, as with JavaScript: a fresh load of the check', async ({ page }) => {
    await page.goto(CHECK);
    await answerAs(page, PATIENTS.urgent, noJs);
    await answerAs(page, PATIENTS.urgent, noJs);
    await expectStep(page, 'warning_signs', noJs);
    await page.getByText(RESULT_TEXT.startAgain, { exact: true }).click();
    await page.getByRole('link', { name: RESULT_TEXT.startAgainConfirm }).click();
    await expectStep(page, 'emergency_signs', noJs);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    expect(page.url()).toMatch(new RegExp(`${CHECK}$`));
    // Question 1 has nothing to clear, and says nothing of it.
    await expect(page.getByText(RESULT_TEXT.startAgain, { exact: true })).toHaveCount(0);
  });

  test('Start now goes straight to the chosen region’s check, without asking the region again', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('United States').check();
    await page.getByRole('button', { name: 'Start now' }).click();
    await expect(page).toHaveURL(/\/check\/back-spasms\/us$/);
    await expectStep(page, 'emergency_signs', noJs);
    await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
    // A region the check does not have: the page that asks.
    await page.goto('/check/back-spasms?region=xx');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where are you?');
  });

  test('an emergency sign on screen 1: the number to call is there at once, and Continue gives the advice', async ({ page }) => {
    await page.goto(CHECK);
    await expectStep(page, 'emergency_signs', noJs);
    // Before anything is pressed: the call-now advice, with a number to tap.
    await expect(page.getByText('Have any of the other signs? Do not wait: call 999 now.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    // The privacy note says what happens here, and then what did.
    await expect(page.getByText(/^JavaScript is off in your browser, so here your answers will go to our server with each page\./)).toBeVisible();
    await expect(page.getByText(PRIVACY_NOTE.short)).toBeHidden();
    await page.getByLabel('New weakness in both legs').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectStep(page, 'result', noJs);
    await expect(page.getByText(/so your answers went to our server with this page\./)).toBeVisible();
    await expect(page.getByText(PRIVACY_NOTE.short)).toHaveCount(0);
    expect(await tierOf(page)).toBe('emergency');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call 999 now');
    await expect(page.locator('article a[href="tel:999"]').first()).toBeVisible();
    // A sign ticked by mistake can be changed from the result, as with JavaScript.
    await page.getByRole('button', { name: 'Change emergency signs', exact: true }).click();
    await expectStep(page, 'emergency_signs', noJs);
    await expect(page.getByLabel('New weakness in both legs')).toBeChecked();
  });

  test.describe('a form changed by hand', () => {
    // The not-found page is a 404, which the browser logs.
    test.use({ expectedConsoleErrors: [new RegExp(`${CSP_BLOCKED.source}|status of 404`)] });

    test('a form sent with “Origin: null” (a browser told to send no referrer) still gets its next question', async ({ page, baseURL }) => {
      // The question form on a page of no origin (about:blank): the browser sends it with “Origin: null”.
      await page.goto(CHECK);
      const form = await page.locator('form[method="post"]').first().evaluate((f: HTMLFormElement) => f.outerHTML);
      await page.goto('about:blank');
      await page.setContent(form.replace(/action="[^"]*"/, '').replace('<form', `<form action="${baseURL}${CHECK}"`));
      const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.getByLabel('None of these').check().then(() => page.getByRole('button', { name: 'Continue' }).click())]);
      expect(await request.headerValue('origin')).toBe('null');
      await expectStep(page, 'age', noJs);
    });

    test('a form sent from another site gets the help page with the number to call, not a bare server error', async ({ page, baseURL }) => {
      // The question form, copied onto a page of another site (served here by the test, on another host
      // and port, as the suite's own check allows no request off this machine), sent to this one.
      await page.goto(CHECK);
      const form = await page.locator('form[method="post"]').first().evaluate((f: HTMLFormElement) => f.outerHTML);
      const elsewhere = 'http://localhost:9';
      const body = form.replace(/action="[^"]*"/, '').replace('<form', `<form action="${baseURL}${CHECK}"`);
      await page.route(`${elsewhere}/**`, (route) => route.fulfill({ contentType: 'text/html', body }));
      await page.goto(`${elsewhere}/`);
      const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.getByRole('button', { name: 'Continue' }).click()]);
      expect(await request.headerValue('origin')).toBe(elsewhere);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(NO_SCRIPT.heading);
      expect(new URL(page.url()).pathname).toBe(`${CHECK}/no-javascript`);
      await expect(page.getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute('href', 'tel:999');
    });

    test('a form from another site sent to any other address here gets that address’s own page, not a bare server error', async ({ request }) => {
      for (const path of ['/check/back-spasms/xx', `${CHECK}/no-javascript`, '/check/back-spasms']) {
        const response = await request.post(path, { headers: { origin: 'http://localhost:9' }, form: { step: 'emergency_signs' }, maxRedirects: 0 });
        expect(response.status(), path).toBe(303);
        expect(new URL(response.headers()['location']!, 'http://x').pathname, path).toBe(path);
        expect(response.headers()['content-security-policy'], path).toBeTruthy();
      }
    });

    test('naming a check the site does not have gets the not-found page, not a server error', async ({ page }) => {
      await page.goto(CHECK);
      await page.locator('input[name="region"]').evaluate((input: HTMLInputElement) => (input.value = 'xx'));
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Continue' }).click(),
      ]);
      expect(response.status()).toBe(404);
      expect(response.headers()['content-security-policy']).toBeTruthy();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Go to the start of the back pain check' })).toBeVisible();
    });
  });
});

test.describe('when the wizard’s scripts fail to load', () => {
  // The browser reports each script it could not load: that is this test's point.
  test.use({ expectedConsoleErrors: [SCRIPTS_FAILED] });

  test('the forms still reach a result through the server', async ({ page }) => {
    let blocked = 0;
    await page.route('**/_next/static/chunks/**', (route) => {
      blocked++;
      return route.abort();
    });
    await serverWalk(page);
    expect(blocked).toBeGreaterThan(0);
    // The wizard never ran: the server's neutral title, no history entries of its own.
    await expect(page).toHaveTitle('Your result – Back spasm self-check');
    expect(await page.evaluate(() => history.state)).toBeNull();
    await expect(stepField(page)).toHaveValue('result');
  });
});

test.describe('when a reloaded tab’s scripts never come', () => {
  test.use({ expectedConsoleErrors: [SCRIPTS_FAILED] });

  /** A tab with answers kept, reloaded; `scripts` says what becomes of the page's scripts from then on. */
  async function reloadWithAnswers(page: Page, scripts: 'fail' | 'stall') {
    await page.clock.install();
    await page.goto(CHECK);
    await answerAs(page, PATIENTS.urgent);
    await expectStep(page, 'age');
    await page.route('**/_next/static/chunks/**', (route) => (scripts === 'fail' ? route.abort() : new Promise<void>(() => {})));
    await page.reload({ waitUntil: 'domcontentloaded' });
  }

  test('a script that fails: the page says at once, over question 1, that the answers could not be loaded', async ({ page }) => {
    await reloadWithAnswers(page, 'fail');
    await expect(page.getByText(RESUME_FAILED)).toBeVisible();
    await expect(page.getByText(RESUMING)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectStep(page, 'emergency_signs', noJs);

    // The questions answered again go to the server, and each page it draws carries its own progress:
    // shown at once, never covered again, with the banner gone for good, and the old answers too.
    await answerAs(page, PATIENTS.selfCare, noJs);
    await expectStep(page, 'age', noJs);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(RESUMING)).toBeHidden();
    await page.clock.fastForward(8_000);
    await expect(page.getByText(RESUME_FAILED)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await answerAs(page, PATIENTS.selfCare, noJs);
    await expectStep(page, 'warning_signs', noJs);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('scripts that neither load nor fail: question 1 after a few seconds, saying so', async ({ page }) => {
    await reloadWithAnswers(page, 'stall');
    await expect(page.getByText(RESUMING)).toBeVisible();
    await expect(page.getByText(RESUME_FAILED)).toBeHidden();
    await page.clock.fastForward(8_000);
    await expect(page.getByText(RESUME_FAILED)).toBeVisible();
    await expect(page.getByText(RESUMING)).toBeHidden();
    await expectStep(page, 'emergency_signs', noJs);
  });
});

test.describe('when the scripts load only after a form was sent', () => {
  test.use({ expectedConsoleErrors: [SCRIPTS_FAILED] });

  // The server's answer to a posted form is drawn for that request: its scripts run under a nonce
  // (proxy.server.ts), as no hash in the site's policy can list them.

  test('the page the server drew comes alive once the scripts load, and the check goes on in the browser', async ({ page }) => {
    let block = true;
    await page.route('**/_next/static/chunks/**', (route) => (block ? route.abort() : route.continue()));
    await page.goto(CHECK);
    await expectStep(page, 'emergency_signs', noJs);
    block = false;
    await answerAs(page, PATIENTS.urgent, noJs);
    await expectStep(page, 'age', noJs);
    // The wizard runs here: it gives the step its own title (the page has loaded: this need not wait long).
    await page.waitForLoadState('load');
    await expect(page).toHaveTitle(titleOf('age'), { timeout: 10_000 });
    // From here the answers stay in the browser: the next one is worked out in the page, and kept.
    const sent = record(page);
    await answerAs(page, PATIENTS.urgent);
    const next = await stepField(page).inputValue();
    await expectStep(page, next);
    expect(sent.filter((r) => r.method !== 'GET')).toEqual([]);
    await page.reload();
    await expectStep(page, next);
  });

  test('in a tab whose answers could not be loaded, the page the server drew is shown, and the check goes on from it', async ({ page }) => {
    await page.goto(CHECK);
    await answerAs(page, PATIENTS.urgent);
    await answerAs(page, PATIENTS.urgent);
    await expectStep(page, 'warning_signs');
    let scripts: 'fail' | 'hold' = 'fail';
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_next/static/chunks/**', async (route) => {
      if (scripts === 'fail') return route.abort();
      await released;
      return route.continue();
    });
    await page.reload();
    await expect(page.getByText(RESUME_FAILED)).toBeVisible();
    scripts = 'hold';
    await answerAs(page, PATIENTS.selfCare, noJs);
    // Before its scripts come: the server's question 2 is on show, not "Loading your answers…", nor the banner.
    await expectStep(page, 'age', noJs);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(RESUMING)).toBeHidden();
    await expect(page.getByText(RESUME_FAILED)).toBeHidden();
    release();
    await expect(page).toHaveTitle(titleOf('age'), { timeout: 10_000 });
    // The tab now keeps this check, not the one it could not load.
    await page.reload();
    await expectStep(page, 'age');
  });
});
