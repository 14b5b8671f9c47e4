import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import examples from '@/flows/back-spasms/examples/patients.json';
import { loadFlow } from '@/flows';
import { toFlowCore } from '@/lib/flow/flow-core';
import type { Patient } from '@/lib/screens';
import { answersFor } from '@/lib/testing/patient-answers';
import { resultView } from '@/lib/testing/views';
import { outcomeSlots } from './outcome-content';
import { OutcomeView } from './outcome-view';

const patient = (id: string) => examples.find((p) => p.id === id)!;

function renderOutcome(patientId: string | Patient, regionId = 'uk', ready = true, change: Record<string, string> = {}) {
  const flow = loadFlow('back-spasms', regionId);
  const view = resultView(toFlowCore(flow), { ...answersFor(flow, typeof patientId === 'string' ? patient(patientId) : patientId), ...change });
  const onIntent = jest.fn();
  const onStartAgain = jest.fn();
  const { container } = render(
    <OutcomeView
      flow={toFlowCore(flow)}
      view={view}
      slots={outcomeSlots(flow)[view.output.outcome]!}
      lang="en-GB"
      focusOnShow
      pageHref="/check/back-spasms/uk"
      onIntent={onIntent}
      onStartAgain={onStartAgain}
      extraActions={<button type="button">Download your answers for a clinician</button>}
      noJs={{ posted: null, action: undefined, hidden: {}, helpForm: null }}
      progress=""
      ready={ready}
    />,
  );
  return { onIntent, onStartAgain, root: container.querySelector('article')!, user: userEvent.setup() };
}

/** The page's headings, in order: what a person meets scrolling down. */
const headings = (root: Element) => [...root.querySelectorAll('h1, h2')].map((h) => h.textContent);

describe('the result', () => {
  describe('a reason that rests on an answer', () => {
    const weakLeg: Patient = { age: 35, durationDays: 3, findings: ['leg_weakness_one_side', 'leg_weakness_getting_worse'] };
    const reasons = (root: Element) =>
      within(within(root.querySelector('section[aria-labelledby="why-title"]')!).getAllByRole('list')[0]!).getAllByRole('listitem').map((item) => item.textContent);

    test('“I’m not sure” is said beside it, rather than stated as fact', () => {
      const { root } = renderOutcome(weakLeg, 'uk', true, { leg_weakness_getting_worse: 'not_sure' });
      // Only the reason that rests on it: new weakness in one leg was a plain yes.
      expect(reasons(root)).toEqual([
        expect.stringMatching(/^You have new weakness in one leg\./),
        expect.stringMatching(/^You were not sure, so to be safe we counted it as a yes: the weakness in your leg is getting worse\./),
      ]);
    });

    test('a plain yes: the reason stands alone', () => {
      expect(reasons(renderOutcome(weakLeg).root).join(' ')).not.toMatch(/not sure/);
    });
  });

  test('in the order a person needs it: what to do, then at once what would change it, where to go, what to do, why, the plan', () => {
    const { root } = renderOutcome('self_care-lifting-strain');
    expect(root).toHaveAttribute('data-triage-level', 'self_care');
    expect(headings(root)).toEqual([
      'You can probably look after this at home',
      'If things change',
      'Where to get help',
      'What to do now',
      'Advice for you',
      'Why this result',
      'What may be causing it',
      'Your self-care plan',
      'Your answers',
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    // The plan is far below the safety-net's lists: a link under the heading goes straight to it.
    const toPlan = screen.getByRole('link', { name: 'Go to your self-care plan' });
    const plan = screen.getByRole('heading', { name: 'Your self-care plan' });
    expect(toPlan).toHaveAttribute('href', `#${plan.id}`);
    // Focus goes with it, and the address (which would name the plan in the history) stays as it was.
    const before = window.location.href;
    fireEvent.click(toPlan);
    expect(plan).toHaveFocus();
    expect(window.location.href).toBe(before);
  });

  test('the safety-net is this person’s, as lists under headings that say what to do', () => {
    const { root } = renderOutcome('self_care-lifting-strain');
    const net = within(root.querySelector('[aria-labelledby="safety-title"]') as HTMLElement);
    expect(net.getByRole('heading', { name: 'Call 999 if you have back pain and:' })).toBeInTheDocument();
    expect(net.getByRole('heading', { name: 'Get medical help today if you have back pain and:' })).toBeInTheDocument();
    // Pregnancy signs are for someone who could be pregnant: not for this 34-year-old who did not say so.
    expect(net.queryByText(/pregnant/)).toBeNull();
  });

  test.each<[string, string | Patient]>([
    ['self-care', 'self_care-lifting-strain'],
    ['routine', { age: 35, durationDays: 60, findings: ['recent_strain_or_lifting'] }],
  ])('"get medical help today" on a %s result says where: the GP surgery, else 111', (_, patient) => {
    const { root } = renderOutcome(patient);
    const today = within(root.querySelector('[aria-labelledby="safety-title"]') as HTMLElement).getByRole('heading', {
      name: 'Get medical help today if you have back pain and:',
    });
    const card = today.nextElementSibling as HTMLElement;
    expect(card.querySelector('p')).toHaveTextContent('Ask your GP surgery for an urgent appointment today. If you cannot get one, use 111 online or call 111.');
    // "call 111" is a tap; "111 online" is the web service, named below, and not a number to dial.
    expect(within(card).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['111', 'tel:111']]);
  });

  test('each number the advice says to call is a tap: in the safety-net, the panel, what to do now and the plan', () => {
    const urgent = renderOutcome('urgent-fever').root;
    const net = within(urgent.querySelector('[aria-labelledby="safety-title"]') as HTMLElement);
    expect(within(net.getByRole('heading', { name: 'Call 999 if you have back pain and:' })).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    // The panel says where to go today, and "call 111" in it is a tap on the first screen.
    expect(urgent.querySelector('p a[href="tel:111"]')?.closest('p')).toHaveTextContent(/use 111 online or call 111\.$/);
    const whatNow = within(screen.getByRole('region', { name: 'What to do now' }));
    expect(whatNow.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    document.body.innerHTML = '';

    renderOutcome('self_care-lifting-strain');
    const plan = within(screen.getByRole('region', { name: 'Your self-care plan' }));
    expect(plan.getAllByRole('link', { name: '999' }).map((link) => link.getAttribute('href'))).toEqual(['tel:999', 'tel:999']);
  });

  test('emergency: the number to call is the first thing to tap, and the page offers to print for the people treating you', () => {
    const { root } = renderOutcome('emergency-saddle-numbness');
    expect(root).toHaveAttribute('data-triage-level', 'emergency');
    const links = within(root).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', 'tel:999');
    expect(screen.getByRole('button', { name: 'Print this page to show the people treating you' })).toBeInTheDocument();
    // One print button: not a second, plain one lower down.
    expect(screen.getAllByRole('button', { name: /^Print/ })).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Your self-care plan' })).toBeNull();
  });

  test('pregnant: heavy bleeding or constant tummy pain is listed under 999, not only under the maternity unit (UHB)', () => {
    const { root } = renderOutcome({ age: 30, durationDays: 5, findings: ['pregnant', 'recent_strain_or_lifting'] });
    const call = within(root.querySelector('[aria-labelledby="safety-title"]') as HTMLElement).getByRole('heading', { name: 'Call 999 if you have back pain and:' });
    const list = within(call.nextElementSibling as HTMLElement);
    expect(list.getByText('you are pregnant and have heavy bleeding, or you pass blood clots')).toBeInTheDocument();
    expect(list.getByText('you are pregnant and have sharp or constant tummy pain')).toBeInTheDocument();
  });

  test('A&E reached before pregnancy was asked, for pain the maternity unit would see in pregnancy: it says so', () => {
    // Kidney-stone pain and being sick end the check before the health questions that ask about pregnancy.
    const { root } = renderOutcome({ age: 33, durationDays: 1, findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] });
    expect(root).toHaveAttribute('data-triage-level', 'emergency');
    // First under "If things change", at the top of the page: it changes where to go.
    const net = within(root.querySelector('[aria-labelledby="safety-title"]') as HTMLElement);
    const first = net.getAllByRole('heading', { level: 3 })[0]!;
    expect(first).toHaveTextContent('Call your midwife or the maternity unit now if:');
    expect(within(first.nextElementSibling as HTMLElement).getByText('you are, or could be, pregnant. Call them instead of going to A&E.')).toBeInTheDocument();
  });

  test.each([
    ['a high temperature with new weakness in one leg', ['fever_or_chills', 'leg_weakness_one_side']],
    ['kidney-stone pain with a high temperature and new weakness in one leg', ['colicky_flank_pain_to_groin', 'fever_or_chills', 'leg_weakness_one_side']],
  ])('A&E for the spine (%s): no line sending a pregnant person to the maternity unit instead', (_, findings) => {
    // A possible spinal abscess needs A&E in pregnancy too; the check stops before it asks about pregnancy.
    const { root } = renderOutcome({ age: 30, durationDays: 2, findings });
    expect(root).toHaveAttribute('data-triage-level', 'emergency');
    expect(within(root).queryByText(/instead of going to A&E/)).toBeNull();
  });

  test('a kidney infection in pregnancy still goes to A&E: no line sending it to the maternity unit instead', () => {
    const { root } = renderOutcome({ age: 33, durationDays: 1, findings: ['flank_pain_with_urinary_symptoms', 'vomiting_cannot_keep_fluids_down'] });
    expect(root).toHaveAttribute('data-triage-level', 'emergency');
    expect(within(root).queryByText(/instead of going to A&E/)).toBeNull();
  });

  test('under 16, booked: only the GP, not services for help today', () => {
    renderOutcome({ age: 14, durationDays: 3, findings: ['recent_strain_or_lifting'] });
    const where = within(screen.getByRole('region', { name: 'Where to get help' }));
    expect(where.queryByRole('link', { name: /111/ })).toBeNull();
    expect(where.getByRole('link', { name: /GP surgery/ })).toBeInTheDocument();
  });

  test('urgent: the GP surgery, 111 online, a tap to call 111 and urgent treatment, each a link', () => {
    renderOutcome('urgent-fever');
    const where = within(screen.getByRole('region', { name: 'Where to get help' }));
    expect(where.getByRole('link', { name: /Find your GP surgery's phone number/ })).toHaveAttribute('href', 'https://www.nhs.uk/service-search/find-a-gp');
    expect(where.getByRole('link', { name: /Go to 111 online/ })).toHaveAttribute('href', 'https://111.nhs.uk/');
    expect(where.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
    expect(where.getByRole('link', { name: /urgent treatment centre/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.nhs\.uk\//));
  });

  test('routine: how to book: GP surgery, the NHS App, a physio without a GP, and a pharmacist', () => {
    renderOutcome('routine-six-weeks');
    const where = within(screen.getByRole('region', { name: 'Where to get help' }));
    for (const name of [/^Find your GP surgery/, /Book in the NHS App/, /See a physio without a GP/, /Ask a pharmacist/]) {
      expect(where.getByRole('link', { name })).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    }
    expect(screen.getByRole('heading', { name: 'Treatments you may be offered' })).toBeInTheDocument();
  });

  describe('what a professional may offer, and advice for who you are', () => {
    const treatments = () => screen.queryByRole('heading', { name: 'Treatments you may be offered' });
    const advice = () => screen.queryByRole('region', { name: 'Advice for you' });
    const underSixteen = 'You are under 16. Ask a parent, carer or another adult you trust to help you get this help, and to come with you.';

    test('a child with an urgent sign is told to ask a parent or carer, and is offered no adult treatments', () => {
      renderOutcome({ id: 'child-fever', age: 14, sex: 'female', durationDays: 2, findings: ['fever_or_chills'] });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Get medical help today');
      expect(within(advice()!).getByText(underSixteen)).toBeInTheDocument();
      expect(treatments()).toBeNull();
      expect(screen.queryByText(/muscle relaxant|epidural/)).toBeNull();
    });

    test('a child’s own result already says it: not said twice', () => {
      renderOutcome('routine-under-16');
      expect(screen.getByText(/Ask a parent, carer or another adult you trust to help you book/)).toBeInTheDocument();
      expect(screen.queryByText(underSixteen)).toBeNull();
    });

    test('someone pregnant is offered no treatments, and is told to tell their midwife, once', () => {
      renderOutcome({ id: 'pregnant', age: 29, sex: 'female', durationDays: 3, findings: ['pregnant', 'recent_strain_or_lifting'] });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Book an appointment/);
      expect(treatments()).toBeNull();
      expect(screen.queryByText(/muscle relaxant/)).toBeNull();
      // Booking for pregnancy, the reason says it already.
      expect(screen.getAllByText(/tell your midwife/i)).toHaveLength(1);
    });

    test('someone pregnant sent for help today for another reason is told to tell their midwife too', () => {
      renderOutcome({ id: 'pregnant-blood', age: 29, sex: 'female', durationDays: 3, findings: ['pregnant', 'blood_in_urine'] });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Get medical help today');
      expect(treatments()).toBeNull();
      expect(within(advice()!).getByText('As you are, or could be, pregnant, tell your midwife or GP about your back pain too.')).toBeInTheDocument();
    });

    test('a child who needs 999 is not told to find an adult first', () => {
      renderOutcome({ id: 'child-999', age: 14, sex: 'female', durationDays: 2, findings: ['numbness_saddle_area'] });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Call 999 now');
      expect(screen.queryByText(underSixteen)).toBeNull();
    });

    test('an adult sent to book is offered the treatments, and no self-care advice', () => {
      renderOutcome({ id: 'adult', age: 40, sex: 'male', durationDays: 50, findings: ['recent_strain_or_lifting', 'high_stress'] });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Book an appointment/);
      expect(treatments()).toBeInTheDocument();
      expect(screen.getByText(/muscle relaxant for a few days/)).toBeInTheDocument();
      expect(advice()).toBeNull();
    });

    test('an adult sent for help today is not offered the back-spasm treatments: the cause may be an infection or a kidney problem', () => {
      renderOutcome({ id: 'adult-fever', age: 40, sex: 'male', durationDays: 2, findings: ['fever_or_chills', 'recent_strain_or_lifting'] });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Get medical help today');
      expect(treatments()).toBeNull();
      expect(screen.queryByText(/muscle relaxant/)).toBeNull();
    });
  });

  test('another region’s result has its own numbers and names', () => {
    const { root } = renderOutcome('urgent-fever', 'nz');
    const where = within(screen.getByRole('region', { name: 'Where to get help' }));
    expect(where.getByRole('link', { name: /Healthline/ })).toHaveAttribute('href', 'tel:0800611116');
    // "…call Healthline on 0800 611 116" in the panel is a tap too, on the first screen.
    expect(within(root.querySelector('p:has(> a[href="tel:0800611116"])') as HTMLElement).getByRole('link')).toHaveTextContent('0800 611 116');
    expect(screen.queryByText(/\b999\b|NHS 111|A&E/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Call 111 if you have back pain and:' })).toBeInTheDocument();
  });

  test('why this result: the reasons in plain words, their sources folded under “Where this advice comes from”', () => {
    renderOutcome('urgent-fever');
    const why = within(screen.getByRole('region', { name: 'Why this result' }));
    expect(why.getByText(/high temperature/)).toBeInTheDocument();
    const sources = why.getByText('Where this advice comes from').closest('details')!;
    expect(sources).not.toHaveAttribute('open');
    expect(within(sources).getAllByRole('link').length).toBeGreaterThan(0);
  });

  test('the self-care plan: every exercise with a picture, its text alternative, and how often', () => {
    renderOutcome('self_care-desk-worker');
    const flow = loadFlow('back-spasms');
    for (const exercise of flow.selfCare.exercises) {
      // Drawn in the page, never fetched: a request for it would tell the server this was the self-care result.
      const picture = screen.getByRole('img', { name: exercise.picture.alt });
      expect(picture.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
      expect(picture.querySelector('[src]')).toBeNull();
    }
    expect(screen.getByText(flow.selfCare.exercisesHowOften)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print the self-care plan' })).toBeInTheDocument();
  });

  test('each answer has a Change button, and Change your answers goes to Check your answers', async () => {
    const { onIntent, user } = renderOutcome('self_care-lifting-strain');
    const answers = within(screen.getByRole('region', { name: 'Your answers' }));
    await user.click(answers.getByRole('button', { name: 'Change age' }));
    expect(onIntent).toHaveBeenLastCalledWith('change:age');
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(onIntent).toHaveBeenLastCalledWith('review');
  });

  test('Start again is apart from the other actions, and asks before it clears anything', async () => {
    const { onStartAgain, user } = renderOutcome('self_care-lifting-strain');
    const confirm = screen.getByRole('link', { name: 'Clear my answers and start again' });
    expect(confirm.closest('form')).toBeNull();
    expect(confirm).not.toBeVisible();
    await user.click(screen.getByText('Start again'));
    await user.click(confirm);
    expect(onStartAgain).toHaveBeenCalledTimes(1);
  });

  test('before the page is interactive, only what works without JavaScript is offered', () => {
    renderOutcome('self_care-lifting-strain', 'uk', false);
    expect(screen.queryByRole('button', { name: /Print/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /FHIR/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change your answers' })).toHaveAttribute('type', 'submit');
  });

  test('the urgency is said in words with a decorative icon, never by colour alone', () => {
    const { root } = renderOutcome('urgent-fever');
    for (const icon of root.querySelectorAll('svg')) expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Get medical help today');
  });
});
