import { loadFlow } from '@/flows';

const flow = loadFlow('back-spasms');

/**
 * The public finding vocabulary: flow, API, CLI, saved state and form fields all use these ids.
 * Adding a finding is fine; renaming or dropping one breaks callers, so this list changes only by adding.
 */
const PUBLIC_FINDINGS = [
  // Emergency signs
  'leg_symptoms_both_sides', 'leg_weakness_both_sides', 'numbness_saddle_area', 'difficulty_urinating_or_retention',
  'loss_of_bladder_or_bowel_control', 'sexual_dysfunction_new', 'recent_major_trauma', 'chest_pain_or_shortness_of_breath',
  'tearing_pain_or_pulsating_abdomen', 'feeling_faint_clammy_or_confused',
  // Urgent signs
  'fever_or_chills', 'unexplained_weight_loss', 'night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position',
  'pain_worse_coughing_sneezing_or_straining', 'upper_back_pain_between_shoulders', 'history_of_cancer',
  'immunosuppressed_or_iv_drug_use', 'long_term_steroid_use', 'osteoporosis', 'minor_fall_with_osteoporosis_risk',
  'leg_weakness_one_side', 'leg_weakness_getting_worse', 'flank_pain_with_urinary_symptoms', 'colicky_flank_pain_to_groin',
  'vomiting_cannot_keep_fluids_down', 'blood_in_urine', 'pregnant', 'pregnancy_contractions_or_bleeding',
  // The seed's symptoms
  'sudden_intense_pain', 'muscle_stiffness', 'limited_range_of_motion', 'pain_worse_with_movement',
  'pain_radiates_to_buttock_or_hip', 'pain_radiates_below_knee', 'leg_numbness_or_tingling', 'twitching_or_trembling',
  'pain_relieved_by_rest', 'difficulty_standing_or_walking', 'relieved_by_heat_or_massage',
  // The seed's causes and the person's history
  'recent_strain_or_lifting', 'poor_posture_or_long_sitting', 'repetitive_movement_or_overuse', 'high_stress',
  'known_disc_problem_or_stenosis', 'known_arthritis', 'known_fibromyalgia', 'previous_back_surgery', 'recurrent_episodes',
  'morning_stiffness_over_30_min_improves_with_exercise',
  // How it is going
  'pain_not_improving_after_2_weeks_self_care', 'pain_severe_uncontrolled_by_otc_meds', 'unable_to_do_daily_activities',
];

describe('the back-spasms vocabulary', () => {
  test('has every public finding id', () => {
    expect(PUBLIC_FINDINGS).toHaveLength(53);
    expect(Object.keys(flow.findings)).toEqual(expect.arrayContaining(PUBLIC_FINDINGS));
  });

  test('asks every finding on exactly one screen', () => {
    const asked = flow.screens.flatMap((s) => (s.kind === 'checklist' ? s.items.map((i) => i.finding) : [s.id]));
    const findingsAsked = asked.filter((id) => id in flow.findings);
    expect(findingsAsked.sort()).toEqual(Object.keys(flow.findings).sort());
  });

  test.each(Object.entries(flow.findings))('%s has wording, a reason for asking and a source', (_, finding) => {
    expect(finding.label.length).toBeGreaterThan(5);
    expect(finding.why.length).toBeGreaterThan(10);
    expect(finding.sources.length).toBeGreaterThan(0);
  });

  test('every seed symptom and cause finding cites the seed', () => {
    const seedSymptoms = PUBLIC_FINDINGS.slice(29, 40);
    for (const id of seedSymptoms) expect(flow.findings[id]!.sources).toContain('seed_symptoms');
  });

  test('every rule cites at least one source the flow lists', () => {
    for (const rule of flow.rules) {
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const id of rule.sources) expect(flow.sources).toHaveProperty(id);
    }
  });

  test('the self-care plan has the seed’s six exercises with steps, hold time and repetitions', () => {
    expect(flow.selfCare.exercises.map((e) => e.id)).toEqual([
      'hamstring_stretch', 'cat_cow', 'childs_pose', 'pelvic_tilt', 'bridge', 'hip_flexor_stretch',
    ]);
    for (const exercise of flow.selfCare.exercises) {
      expect(exercise.steps.length).toBeGreaterThan(1);
      expect(exercise.hold).toBeTruthy();
      expect(exercise.repetitions).toBeTruthy();
    }
  });

  describe('medicines, as NICE NG59 and the NHS say', () => {
    const painkillers = flow.selfCare.treatments.find((t) => t.id === 'painkillers')!;
    const cautions = painkillers.cautions.join(' ');

    test('paracetamol is not offered on its own for back pain', () => {
      expect(painkillers.advice.join(' ')).toMatch(/Paracetamol on its own does not help back pain much. If you cannot take ibuprofen, ask a pharmacist/);
    });

    test.each([
      ['pregnancy', /pregnant/],
      ['an allergy to it or to aspirin', /allergic to it, or to aspirin/],
      ['blood pressure, heart disease and stroke', /high blood pressure or heart disease, or have you had a stroke/],
      ['stomach ulcer or bleeding', /stomach ulcer or bleeding/],
      ['kidney, liver and heart', /kidney, liver or heart/],
      ['asthma', /asthma/],
      ['age', /65 or over/],
      ['dehydration', /dehydrated/],
      ['blood thinners', /medicine to thin your blood/],
      ['other anti-inflammatories and aspirin', /with pills that work like it, such as aspirin or naproxen/],
      ['daily aspirin', /aspirin every day\? Check with a pharmacist/],
    ])('anti-inflammatory cautions: %s', (_, text) => {
      expect(cautions).toMatch(text);
    });

    test.each([
      ['low body weight', /less than 50kg/],
      ['alcohol and the liver', /alcohol or have liver problems/],
      ['an overdose goes to A&E even when well', /too much paracetamol, go to A&E straight away, even if you feel well/],
    ])('paracetamol cautions: %s', (_, text) => {
      expect(cautions).toMatch(text);
    });

    test('no doses beyond the packet', () => {
      const text = [...painkillers.advice, ...painkillers.cautions].join(' ');
      expect(text).not.toMatch(/\b\d+\s?(mg|milligrams?|tablets?)\b/i);
      expect(text).toMatch(/packet/);
    });

    test('muscle relaxants: drowsiness, driving, alcohol and dependence', () => {
      const relaxants = flow.professionalCare.treatments.find((t) => t.id === 'muscle_relaxants')!.description;
      for (const text of [/sleepy/, /do not drive/, /alcohol/, /addictive/]) expect(relaxants).toMatch(text);
    });

    test('injections are not usually offered for back pain alone (NG59)', () => {
      const injections = flow.professionalCare.treatments.find((t) => t.id === 'injections')!;
      expect(injections.description).toMatch(/not usually offered for back pain on its own/);
      expect(injections.sources).toContain('nice_ng59');
    });
  });

  test('a professional may offer the seed’s professional treatments', () => {
    expect(flow.professionalCare.treatments.map((t) => t.id)).toEqual(
      expect.arrayContaining(['injections', 'muscle_relaxants', 'physiotherapy', 'surgery']),
    );
  });
});
