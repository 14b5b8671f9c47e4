import type { FlowInput } from '../flow/flow-schema';

/**
 * The smallest flow that exercises the engine: an emergency checklist, age (children leave with their
 * own outcome), a follow-up shown only after "yes", a checklist item shown only to some, a combination
 * rule, a duration answered as a range, and an optional fact no screen asks. lib/ is a generic engine,
 * so its tests use this rather than a real flow.
 */
export function tinyFlow(): FlowInput {
  const outcome = (tier: 'emergency' | 'urgent' | 'routine' | 'self_care', title: string) => ({
    tier,
    title,
    instruction: `${title}.`,
    timeframe: 'Soon',
    services: tier === 'emergency' ? ['ambulance'] : [],
    actions: ['Do this.'],
    safetyNet: [
      { tier: 'emergency' as const, heading: 'Call for help now if you have:', signs: [{ finding: 'red' }] },
      ...(tier === 'emergency' ? [] : [{ tier: 'urgent' as const, heading: 'Get help today if you have:', signs: [{ finding: 'amber' }] }]),
    ],
    afterwards: ['If it gets worse, call for help.'],
    plan: tier === 'self_care' ? ('self_care' as const) : ('professional' as const),
  });
  const numberErrors = { empty: 'Enter a number', notWhole: 'Enter a whole number', range: 'Enter a number from {min} to {max}' };
  return {
    id: 'tiny',
    version: '1.0.0',
    title: 'Tiny check',
    description: 'A flow for engine tests.',
    audience: 'Tests.',
    facts: {
      age: { kind: 'number', label: 'Age', unit: 'years', unitOne: 'year', min: 0, max: 120, typical: 40 },
      durationDays: { kind: 'number', label: 'How long', unit: 'days', unitOne: 'day', min: 0, max: 365, typical: 3 },
      sex: { kind: 'choice', label: 'Sex', values: ['female', 'male'], optional: true },
    },
    sources: { guide: { kind: 'guideline', title: 'A guideline' } },
    findings: {
      red: { label: 'A red sign', why: 'Red is bad.', sources: ['guide'], redFlag: 'emergency', safetyNet: 'a red sign' },
      amber: { label: 'An amber sign', why: 'Amber matters.', sources: ['guide'], redFlag: 'urgent', safetyNet: 'an amber sign' },
      worse: { label: 'Amber is getting worse', why: 'Worse matters.', sources: ['guide'] },
      mild: { label: 'A mild sign', why: 'Mild is common.', sources: ['guide'] },
      only_older: { label: 'A sign asked of over-40s', why: 'Age matters.', sources: ['guide'] },
    },
    screens: [
      {
        kind: 'checklist',
        id: 'first',
        summaryLabel: 'Emergency signs',
        question: 'Do you have any of these?',
        items: [{ finding: 'red' }],
        noneLabel: 'None of these',
      },
      { kind: 'number', id: 'age', summaryLabel: 'Age', question: 'How old are you?', errors: numberErrors },
      {
        kind: 'checklist',
        id: 'signs',
        summaryLabel: 'Signs',
        question: 'Any of these?',
        items: [{ finding: 'amber' }, { finding: 'mild' }, { finding: 'only_older', showIf: { fact: 'age', atLeast: 40 } }],
        // Children leave after their age: the rest of the check is for adults.
        showIf: { fact: 'age', atLeast: 16 },
        noneLabel: 'None of these',
      },
      { kind: 'yesno', id: 'worse', summaryLabel: 'Worse', question: 'Is it getting worse?', showIf: { finding: 'amber' } },
      {
        kind: 'range',
        id: 'durationDays',
        summaryLabel: 'How long',
        question: 'How long?',
        showIf: { fact: 'age', atLeast: 16 },
        options: [
          { id: 'days', label: 'Days', from: 0 },
          { id: 'weeks', label: 'Six weeks or more', from: 42 },
        ],
      },
    ],
    rules: [
      { id: 'red_sign', tier: 'emergency', when: { finding: 'red' }, reason: 'Red.', sources: ['guide'] },
      {
        id: 'amber_worse',
        tier: 'emergency',
        when: { all: [{ finding: 'amber' }, { finding: 'worse' }] },
        reason: 'Amber and worse.',
        sources: ['guide'],
      },
      { id: 'child', tier: 'routine', outcome: 'child', when: { fact: 'age', below: 16 }, reason: 'Child.', sources: ['guide'] },
      { id: 'amber_sign', tier: 'urgent', when: { finding: 'amber' }, reason: 'Amber.', sources: ['guide'] },
      { id: 'long', tier: 'routine', when: { fact: 'durationDays', atLeast: 42 }, reason: 'Long.', sources: ['guide'] },
      { id: 'older_sign', tier: 'routine', when: { finding: 'only_older' }, reason: 'Older sign.', sources: ['guide'] },
      { id: 'fine', tier: 'self_care', when: { fact: 'age', atLeast: 16 }, reason: 'Fine.', sources: ['guide'] },
    ],
    outcomes: {
      emergency: outcome('emergency', 'Call now'),
      urgent: outcome('urgent', 'Today'),
      routine: outcome('routine', 'Book'),
      child: outcome('routine', 'See a doctor'),
      self_care: outcome('self_care', 'Home'),
    },
    causes: [{ id: 'strain', name: 'Strain', description: 'A strain.', suggestedBy: ['mild'], sources: ['guide'] }],
    services: { ambulance: { label: 'Call for an ambulance', href: 'tel:999' } },
    selfCare: {
      intro: 'Look after it.',
      treatments: [{ id: 'rest', title: 'Rest', advice: ['Rest a bit.'], cautions: [], sources: ['guide'] }],
      exercisesIntro: 'Move.',
      exercises: [
        {
          id: 'stretch',
          name: 'Stretch',
          purpose: 'Eases.',
          steps: ['Stretch.'],
          hold: '10 s',
          repetitions: 'Once',
          picture: { src: '/exercises/stretch.svg', alt: 'Stretching.' },
          sources: ['guide'],
        },
      ],
      exercisesHowOften: 'Once a day.',
      exerciseSafety: ['Stop if it hurts.'],
      extraAdvice: [{ id: 'mild_tip', when: { finding: 'mild' }, text: 'A tip.', sources: ['guide'] }],
    },
    professionalCare: {
      // The treatments are for adults; an amber sign brings a word of advice, except where the outcome says more.
      when: { fact: 'age', atLeast: 16 },
      intro: 'They may offer:',
      treatments: [{ id: 'physio', name: 'Physio', description: 'Exercises.', sources: ['guide'] }],
      advice: [{ id: 'amber_note', when: { finding: 'amber' }, exceptOutcomes: ['emergency'], text: 'Amber advice.', sources: ['guide'] }],
    },
  };
}
