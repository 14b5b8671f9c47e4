import { tierRank } from '@/lib/flow/tiers';
import type { Patient } from '@/lib/triage/patient';
import { runTriage, triagePatient } from '@/lib/triage/run-triage';
import { loadFlow } from '@/flows';

const flow = loadFlow('back-spasms');

/*
 * The tier decisions of the clinical rules (red-flags.md and its second-review amendments), written out
 * here independently of rules.json, so a change to the rules that breaks a guideline decision fails a
 * test that names it. Each new threshold is tried on both sides, each follow-up with yes and no.
 */
const adult: Patient = { age: 35, durationDays: 3, findings: [] };
const triage = (patient: Partial<Patient>, base: Patient = adult) => runTriage(flow, { ...base, ...patient });
const rulesFired = (patient: Partial<Patient>) => triage(patient).reasons.map((r) => r.rule);

/** Cauda equina and the cord: call 999, or go to A&E if you can get there quickly and safely. */
const CALL_OR_A_AND_E_SIGNS = [
  'leg_symptoms_both_sides', 'leg_weakness_both_sides', 'numbness_saddle_area', 'difficulty_urinating_or_retention',
  'loss_of_bladder_or_bowel_control', 'sexual_dysfunction_new',
];
/** A person can collapse on the way: an ambulance, never A&E by car. */
const AMBULANCE_SIGNS = ['recent_major_trauma', 'chest_pain_or_shortness_of_breath', 'tearing_pain_or_pulsating_abdomen', 'feeling_faint_clammy_or_confused'];
const MATERNITY_SIGN = 'pregnancy_contractions_or_bleeding';
const URGENT_SIGNS = [
  'fever_or_chills', 'unexplained_weight_loss', 'immunosuppressed_or_iv_drug_use', 'long_term_steroid_use',
  'leg_weakness_one_side', 'flank_pain_with_urinary_symptoms', 'colicky_flank_pain_to_groin', 'blood_in_urine',
];
const ROUTINE_TRIGGERS = [
  'unable_to_do_daily_activities', 'pain_severe_uncontrolled_by_otc_meds', 'previous_back_surgery', 'history_of_cancer',
  'night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position', 'upper_back_pain_between_shoulders', 'pregnant',
];
const REASSURING = [
  'pain_relieved_by_rest', 'relieved_by_heat_or_massage', 'recent_strain_or_lifting', 'poor_posture_or_long_sitting',
  'high_stress', 'muscle_stiffness', 'pain_worse_with_movement', 'limited_range_of_motion', 'recurrent_episodes',
];

describe('emergency signs: call 999', () => {
  test.each(CALL_OR_A_AND_E_SIGNS)('%s alone: call 999 or go to A&E, decided on the first screen', (finding) => {
    const result = triage({ findings: [finding] });
    expect([result.level, result.outcome, result.screens]).toEqual(['emergency', 'emergency', 1]);
  });

  test.each(AMBULANCE_SIGNS)('%s alone: call 999 for an ambulance, with no A&E to go to, decided on the first screen', (finding) => {
    const result = triage({ findings: [finding] });
    expect([result.level, result.outcome, result.screens]).toEqual(['emergency', 'ambulance', 1]);
    expect(flow.outcomes[result.outcome]).toMatchObject({ services: ['call_emergency'], instruction: expect.not.stringContaining('if you can get there') });
  });

  test('an ambulance sign with a cauda equina sign: the ambulance', () => {
    expect(triage({ findings: ['numbness_saddle_area', 'chest_pain_or_shortness_of_breath'] }).outcome).toBe('ambulance');
  });

  test('the pregnancy warning signs are asked on the first screen too, and go to the maternity unit now', () => {
    expect(triage({ findings: [MATERNITY_SIGN] })).toMatchObject({ level: 'emergency', outcome: 'maternity_now', screens: 1 });
  });

  test.each([5, 12, 15, 16, 70])('an emergency sign at age %i is still an emergency on the first screen', (age) => {
    expect(triage({ age, findings: ['numbness_saddle_area'] })).toMatchObject({ level: 'emergency', screens: 1 });
  });

  test('kidney-stone pain at 60 or over is a 999 emergency (a leaking aneurysm can look the same); at 59 it is urgent', () => {
    expect(triage({ age: 60, findings: ['colicky_flank_pain_to_groin'] })).toMatchObject({ level: 'emergency', outcome: 'ambulance', causes: [] });
    expect(triage({ age: 59, findings: ['colicky_flank_pain_to_groin'] }).level).toBe('urgent');
  });
});

describe('emergencies that need A&E, not an ambulance', () => {
  test.each<[string, Partial<Patient>]>([
    ['cancer with new weakness in one leg', { findings: ['history_of_cancer', 'leg_weakness_one_side'] }],
    ['cancer with difficulty walking', { findings: ['history_of_cancer', 'difficulty_standing_or_walking'] }],
    ['fever with new weakness in one leg (not only worsening weakness)', { findings: ['fever_or_chills', 'leg_weakness_one_side'] }],
    ['a weak immune system with new weakness in one leg', { findings: ['immunosuppressed_or_iv_drug_use', 'leg_weakness_one_side'] }],
    ['long-term steroids with new weakness in one leg', { findings: ['long_term_steroid_use', 'leg_weakness_one_side'] }],
    ['kidney-stone pain not controlled by painkillers', { findings: ['colicky_flank_pain_to_groin', 'pain_severe_uncontrolled_by_otc_meds'] }],
    ['kidney-stone pain with vomiting', { findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] }],
    ['kidney-stone pain with fever', { findings: ['colicky_flank_pain_to_groin', 'fever_or_chills'] }],
    ['side pain with urinary symptoms and vomiting', { findings: ['flank_pain_with_urinary_symptoms', 'vomiting_cannot_keep_fluids_down'] }],
  ])('%s', (_, patient) => {
    expect(triage(patient)).toMatchObject({ level: 'emergency', outcome: 'emergency_department' });
  });

  test('a 999 sign as well sends the ambulance, whatever else fired', () => {
    expect(triage({ findings: ['chest_pain_or_shortness_of_breath', 'colicky_flank_pain_to_groin', 'fever_or_chills'] }).outcome).toBe('ambulance');
    expect(triage({ age: 64, findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] }).outcome).toBe('ambulance');
  });

  test('the check stops on the screen that completes the combination', () => {
    expect(triage({ findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] }).path.at(-1)).toBe('vomiting_cannot_keep_fluids_down');
  });

  test('the reason for kidney-stone pain in A&E names the sign the person gave, not signs they were never asked about', () => {
    const fever = triage({ findings: ['colicky_flank_pain_to_groin', 'fever_or_chills'] });
    expect(fever.path).not.toContain('vomiting_cannot_keep_fluids_down');
    expect(fever.reasons.map((r) => r.text)).toEqual([expect.stringContaining('high temperature')]);
    expect(fever.reasons[0]?.text).not.toMatch(/sick|painkillers/);
    const sick = triage({ findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] });
    expect(sick.reasons.map((r) => r.text)).toEqual([expect.stringMatching(/being sick.*drinks/)]);
    expect(sick.reasons[0]?.text).not.toMatch(/temperature|painkillers/);
  });
});

describe('pregnancy: asked of anyone aged 12 to 55, whatever their sex', () => {
  test.each([12, 30, 55])('at %i the pregnancy question is asked, even of someone whose recorded sex is male', (age) => {
    expect(triage({ age, sex: 'male', findings: ['pregnant'] }).notAsked).toEqual([]);
    // At 12 with no strain, a child's spasm is urgent anyway (spasm_without_an_injury_in_a_child).
    expect(triage({ age, sex: 'male', findings: ['pregnant', 'recent_strain_or_lifting'] }).level).toBe('routine');
  });

  test.each([11, 56])('at %i it is not asked', (age) => {
    expect(triage({ age, findings: ['pregnant'] }).notAsked).toEqual(['pregnant']);
  });

  test('contractions, bleeding or fluid loss in pregnancy: the maternity unit, now, from the first screen', () => {
    const result = triage({ age: 30, findings: ['pregnant', 'pregnancy_contractions_or_bleeding'] });
    expect(result).toMatchObject({ level: 'emergency', outcome: 'maternity_now', screens: 1 });
  });

  test('pregnant and it stings or burns to pee, with no pain in the side: the maternity unit today (UHB), asked only in pregnancy', () => {
    const result = triage({ age: 30, findings: ['pregnant', 'pregnancy_urinary_symptoms'] });
    expect(result).toMatchObject({ level: 'urgent', outcome: 'maternity_today' });
    expect(flow.outcomes[result.outcome]!.services[0]).toBe('maternity');
    expect(result.reasons.map((r) => r.rule)).toContain('urinary_symptoms_in_pregnancy');
    expect(result.path).toContain('pregnancy_urinary_symptoms');
    expect(triage({ age: 30, findings: ['pregnant'] }).path).toContain('pregnancy_urinary_symptoms');
    expect(triage({ age: 30, findings: ['pregnancy_urinary_symptoms'] })).toMatchObject({ level: 'self_care' });
    expect(triage({ age: 30, findings: [] }).path).not.toContain('pregnancy_urinary_symptoms');
  });

  test('pain in the side that comes in waves, in pregnancy: the maternity unit now (a kidney stone, or contractions)', () => {
    expect(triage({ age: 30, findings: ['pregnant', 'colicky_flank_pain_to_groin'] })).toMatchObject({ level: 'emergency', outcome: 'maternity_now' });
    // With a high temperature as well, the check ends at A&E on the screen that asks about both, before pregnancy.
    expect(triage({ age: 30, findings: ['pregnant', 'colicky_flank_pain_to_groin', 'fever_or_chills'] })).toMatchObject({ outcome: 'emergency_department' });
  });

  test('a high temperature in pregnancy: the maternity unit now, one instruction on the page (Tommy\'s, UHB)', () => {
    const result = triage({ age: 30, findings: ['fever_or_chills', 'pregnant', 'pregnancy_urinary_symptoms'] });
    expect(result).toMatchObject({ level: 'emergency', outcome: 'maternity_now', reasons: [expect.objectContaining({ rule: 'fever_in_pregnancy' })] });
    expect(triage({ age: 60, findings: ['fever_or_chills'] })).toMatchObject({ level: 'urgent', outcome: 'urgent' });
  });

  test('pregnant with no warning signs: book, and check painkillers with a pharmacist', () => {
    expect(rulesFired({ age: 30, findings: ['pregnant'] })).toEqual(['pregnancy']);
  });
});

describe('children: the emergency and urgent signs first, then the under-16 advice', () => {
  test('a child with no warning signs gets the under-16 outcome after the urgent, health and pain screens', () => {
    const child = triage({ age: 14, findings: ['recent_strain_or_lifting'] });
    expect([child.level, child.outcome]).toEqual(['routine', 'under_16']);
    expect(child.path).toEqual(['emergency_signs', 'age', 'warning_signs', 'health_history', 'spread_and_impact', 'before_it_started']);
    expect(child.reasons[0]!.sources.map((s) => s.id)).not.toContain('nice_ng59');
  });

  test.each(['leg_numbness_or_tingling', 'difficulty_standing_or_walking'])('pins and needles or a limp in a child: today (NHS Healthier Together): %s', (sign) => {
    const child = triage({ age: 11, findings: ['recent_strain_or_lifting', sign] });
    expect(child).toMatchObject({ level: 'urgent', outcome: 'urgent', reasons: [expect.objectContaining({ rule: 'nerve_or_walking_signs_in_a_child' })] });
    expect(triage({ age: 16, findings: ['recent_strain_or_lifting', sign] }).level).toBe('self_care');
  });

  test('a spasm in a child that no strain or injury set off: today, naming no reassuring cause; after one, booked (NHS Healthier Together)', () => {
    // Doing a lot of sport or bending is a habit, not an injury.
    for (const findings of [[], ['poor_posture_or_long_sitting'], ['high_stress'], ['repetitive_movement_or_overuse']]) {
      const child = triage({ age: 13, findings });
      expect(child).toMatchObject({ level: 'urgent', reasons: [expect.objectContaining({ rule: 'spasm_without_an_injury_in_a_child' })] });
      expect(child.causes.map((c) => c.id)).toEqual([]);
    }
    expect(triage({ age: 13, findings: ['recent_strain_or_lifting'] })).toMatchObject({ level: 'routine', outcome: 'under_16' });
  });

  test("a child's numbness or limp is urgent, names no disc as its cause, and the booked child's page lists those signs under today", () => {
    const child = triage({ age: 8, findings: ['recent_strain_or_lifting', 'leg_numbness_or_tingling'] });
    expect(child).toMatchObject({ level: 'urgent', causes: [] });
    const today = triage({ age: 13, findings: ['recent_strain_or_lifting'] }).safetyNet.find((l) => l.level === 'urgent')!.signs;
    expect(today).toEqual(
      expect.arrayContaining([
        'numbness or pins and needles in a leg or foot',
        'the pain makes it hard to stand up straight or walk, or you start to limp',
        'pain at night that stops you sleeping, whatever position you lie in',
      ]),
    );
  });

  test.each(['fever_or_chills', 'leg_weakness_one_side', 'unexplained_weight_loss', 'blood_in_urine', 'immunosuppressed_or_iv_drug_use'])(
    'a red flag in a child reaches at least its adult tier: %s',
    (finding) => {
      expect(tierRank(triage({ age: 12, findings: [finding] }).level)).toBeGreaterThanOrEqual(tierRank('urgent'));
    },
  );

  test.each([
    [['history_of_cancer', 'difficulty_standing_or_walking'], 'emergency_department'],
    [['colicky_flank_pain_to_groin', 'pain_severe_uncontrolled_by_otc_meds'], 'emergency_department'],
    [['osteoporosis', 'sudden_intense_pain'], 'urgent'],
    [['long_term_steroid_use', 'minor_fall_with_osteoporosis_risk'], 'urgent'],
    [['osteoporosis', 'minor_fall_with_osteoporosis_risk'], 'urgent'],
    [['history_of_cancer', 'upper_back_pain_between_shoulders'], 'urgent'],
  ])('a sign a child is asked only when it matters still reaches its adult outcome: %j', (findings, outcome) => {
    expect(triage({ age: 15, findings }).outcome).toBe(outcome);
    expect(triage({ age: 16, findings }).outcome).toBe(outcome);
  });

  test('night pain or pain that never eases is urgent in a child, routine in an adult under 50', () => {
    for (const finding of ['night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position']) {
      expect(triage({ age: 15, findings: [finding] }).level).toBe('urgent');
      expect(triage({ age: 16, findings: [finding] }).level).toBe('routine');
    }
  });

  test('a child could be pregnant: pregnancy warning signs still reach the maternity unit', () => {
    expect(triage({ age: 14, findings: ['pregnant', 'pregnancy_contractions_or_bleeding'] }).outcome).toBe('maternity_now');
  });
});

describe('urgent signs: get medical help today', () => {
  test.each(URGENT_SIGNS)('%s alone', (finding) => {
    expect(triage({ findings: [finding] })).toMatchObject({ level: 'urgent', outcome: 'urgent' });
  });

  test('leg weakness that is getting worse, without infection risk or cancer', () => {
    expect(triage({ findings: ['leg_weakness_one_side', 'leg_weakness_getting_worse'] }).level).toBe('urgent');
  });

  test('osteoporosis with sudden pain, but not osteoporosis alone', () => {
    expect(triage({ findings: ['osteoporosis', 'sudden_intense_pain'] }).level).toBe('urgent');
    expect(triage({ findings: ['osteoporosis'] }).level).toBe('self_care');
  });

  test('a minor fall is asked from 50, or with weak bones or steroids, and is then urgent', () => {
    expect(triage({ age: 50, findings: ['minor_fall_with_osteoporosis_risk'] }).level).toBe('urgent');
    expect(triage({ age: 49, findings: ['minor_fall_with_osteoporosis_risk'] }).notAsked).toEqual(['minor_fall_with_osteoporosis_risk']);
    expect(triage({ age: 30, findings: ['osteoporosis', 'minor_fall_with_osteoporosis_risk'] }).level).toBe('urgent');
  });
});

describe('fracture risk from age alone (second review)', () => {
  test('70 or over with sudden pain is urgent, with no osteoporosis and no fall; 69 is not', () => {
    expect(rulesFired({ age: 70, findings: ['sudden_intense_pain'] })).toContain('fracture_risk_at_70_or_over');
    expect(triage({ age: 70, findings: ['sudden_intense_pain'] }).level).toBe('urgent');
    expect(rulesFired({ age: 69, findings: ['sudden_intense_pain'] })).not.toContain('fracture_risk_at_70_or_over');
  });

  test('"it keeps coming back" never hides it, nor does an obvious strain', () => {
    expect(triage({ age: 75, findings: ['sudden_intense_pain', 'recurrent_episodes'] }).level).toBe('urgent');
    expect(triage({ age: 75, findings: ['sudden_intense_pain', 'recent_strain_or_lifting'] }).level).toBe('urgent');
  });
});

describe('sudden, severe pain at 60 or over (fifth review: NHS AAA, NICE CKS)', () => {
  test('sudden, severe pain that nothing set off: today from 60, a booking at 59; after a strain, as before', () => {
    const sudden = ['sudden_intense_pain', 'pain_severe_uncontrolled_by_otc_meds'];
    expect(triage({ age: 65, durationDays: 1, findings: sudden })).toMatchObject({ level: 'urgent', reasons: [expect.objectContaining({ rule: 'sudden_severe_pain_at_60_or_over' })] });
    expect(triage({ age: 60, findings: [...sudden, 'recurrent_episodes'] }).level).toBe('urgent');
    expect(triage({ age: 59, findings: sudden }).level).toBe('routine');
    expect(rulesFired({ age: 65, findings: [...sudden, 'recent_strain_or_lifting'] })).not.toContain('sudden_severe_pain_at_60_or_over');
    // Sudden alone, or severe alone, is not enough.
    expect(rulesFired({ age: 65, findings: ['sudden_intense_pain'] })).not.toContain('sudden_severe_pain_at_60_or_over');
    expect(rulesFired({ age: 65, findings: ['pain_severe_uncontrolled_by_otc_meds'] })).not.toContain('sudden_severe_pain_at_60_or_over');
  });
});

describe('a strain as minor trauma (third review: NICE CKS names strenuous lifting)', () => {
  test('at 70 or over, pain that started with a strain is urgent even when its start is not called sudden; at 69 it is self-care', () => {
    const strain = ['recent_strain_or_lifting', 'limited_range_of_motion', 'difficulty_standing_or_walking'];
    expect(triage({ age: 85, findings: strain })).toMatchObject({ level: 'urgent', reasons: [expect.objectContaining({ rule: 'strain_at_70_or_over' })] });
    expect(triage({ age: 70, findings: ['recent_strain_or_lifting', 'recurrent_episodes'] }).level).toBe('urgent');
    expect(triage({ age: 69, findings: strain }).level).toBe('self_care');
  });

  test('at 70 or over, back pain like before that came on slowly with no strain is a booking, never self-care; at 69 it is self-care', () => {
    const again = ['recurrent_episodes', 'muscle_stiffness'];
    expect(triage({ age: 82, durationDays: 5, findings: again })).toMatchObject({
      level: 'routine',
      outcome: 'routine',
      reasons: [expect.objectContaining({ rule: 'recurring_pain_at_70_or_over' })],
    });
    expect(triage({ age: 69, durationDays: 5, findings: again }).level).toBe('self_care');
  });

  test('with weak bones, a strain is urgent at any adult age', () => {
    expect(rulesFired({ age: 40, findings: ['osteoporosis', 'recent_strain_or_lifting'] })).toEqual(['osteoporosis_with_a_strain']);
    expect(triage({ age: 62, findings: ['osteoporosis', 'recent_strain_or_lifting', 'recurrent_episodes'] }).level).toBe('urgent');
  });
});

describe('soft flags get the discriminators the guidelines give', () => {
  test('past cancer alone: book (NICE NG234); with a sign of spinal spread: today', () => {
    expect(triage({ findings: ['history_of_cancer'] }).level).toBe('routine');
    for (const sign of ['upper_back_pain_between_shoulders', 'night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position', 'pain_worse_coughing_sneezing_or_straining']) {
      expect(rulesFired({ findings: ['history_of_cancer', sign] })).toContain('cancer_with_spinal_signs');
    }
  });

  test('past cancer with pain that is not getting better after 2 weeks, or at 6 weeks: today (NICE CKS); getting better before 6 weeks: book', () => {
    for (const patient of [{ durationDays: 30, findings: ['history_of_cancer', 'pain_not_improving_after_2_weeks_self_care'] }, { durationDays: 42, findings: ['history_of_cancer'] }]) {
      expect(triage(patient)).toMatchObject({ level: 'urgent', reasons: [expect.objectContaining({ rule: 'cancer_history_with_pain_not_improving' })] });
    }
    expect(triage({ durationDays: 41, findings: ['history_of_cancer'] }).level).toBe('routine');
    expect(triage({ durationDays: 30, findings: ['pain_not_improving_after_2_weeks_self_care'] }).level).toBe('routine');
    expect(triage({ durationDays: 42, findings: [] }).level).toBe('routine');
  });

  test('past cancer in a child: today, as at 16 with pain for 6 weeks, since a child is not asked how long', () => {
    expect(triage({ age: 12, durationDays: 0, findings: ['history_of_cancer', 'recent_strain_or_lifting'] })).toMatchObject({
      level: 'urgent',
      reasons: [expect.objectContaining({ rule: 'cancer_history_in_a_child' })],
    });
    expect(triage({ age: 12, durationDays: 0, findings: ['recent_strain_or_lifting'] }).outcome).toBe('under_16');
  });

  test('past cancer with pain down a leg or a numb leg: A&E now, at any duration (NICE NG234 radicular pain, sensory loss: immediately)', () => {
    for (const sign of ['pain_radiates_below_knee', 'leg_numbness_or_tingling']) {
      expect(triage({ age: 60, durationDays: 10, findings: ['history_of_cancer', sign] })).toMatchObject({
        level: 'emergency',
        outcome: 'emergency_department',
        reasons: [expect.objectContaining({ rule: 'cancer_with_nerve_symptoms' })],
      });
      expect(triage({ age: 60, durationDays: 10, findings: [sign] }).level).not.toBe('urgent');
    }
  });

  test('pain worse on coughing or straining is asked only after cancer, and alone changes nothing', () => {
    expect(triage({ findings: ['pain_worse_coughing_sneezing_or_straining'] })).toMatchObject({
      level: 'self_care',
      notAsked: ['pain_worse_coughing_sneezing_or_straining'],
    });
  });

  test('night or constant pain: routine under 50, urgent from 50', () => {
    for (const finding of ['night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position']) {
      expect(triage({ age: 49, findings: [finding] }).level).toBe('routine');
      expect(triage({ age: 50, findings: [finding] }).level).toBe('urgent');
    }
  });

  test('upper back pain alone: routine', () => {
    expect(triage({ findings: ['upper_back_pain_between_shoulders'] }).level).toBe('routine');
  });

  test('two or more of night pain, constant pain and upper back pain: urgent at any age, saying which signs count', () => {
    const soft = ['night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position', 'upper_back_pain_between_shoulders'] as const;
    for (const [i, a] of soft.entries()) {
      for (const b of soft.slice(i + 1)) {
        const result = triage({ age: 40, findings: [a, b] });
        expect(result).toMatchObject({ level: 'urgent', reasons: [expect.objectContaining({ rule: 'more_than_one_non_muscle_sign' })] });
        expect(result.reasons[0]!.text).toMatch(/at night .* whatever you do, .* shoulder blades/);
      }
    }
  });

  test('a first episode at 50 or over: routine, unless it followed an obvious strain or has happened before; 49 is not', () => {
    expect(triage({ age: 50 }).level).toBe('routine');
    expect(triage({ age: 49 }).level).toBe('self_care');
    expect(triage({ age: 50, findings: ['recent_strain_or_lifting'] }).level).toBe('self_care');
    expect(triage({ age: 50, findings: ['recurrent_episodes'] }).level).toBe('self_care');
  });

  test('after an obvious strain at 50 or over, self-care says why, and when to see a GP, instead of "no warning signs"', () => {
    const result = triage({ age: 55, findings: ['recent_strain_or_lifting'] });
    expect(result.reasons.map((r) => r.rule)).toEqual(['first_episode_at_50_or_over_after_a_strain']);
    expect(result.reasons[0]!.text).toMatch(/^You are 50 or over, .* see a GP if it is not getting better after 2 weeks\.$/);
    expect(rulesFired({ age: 49, findings: ['recent_strain_or_lifting'] })).toEqual(['no_warning_signs']);
  });

  test('pain that first started before 45 is not a first episode at 50 or over', () => {
    const stiff = 'morning_stiffness_over_30_min_improves_with_exercise';
    expect(rulesFired({ age: 50, durationDays: 400, findings: [stiff, 'back_pain_started_before_45'] })).not.toContain('first_episode_at_50_or_over');
    expect(rulesFired({ age: 50, durationDays: 400, findings: [stiff] })).toContain('first_episode_at_50_or_over');
  });
});

describe('routine triggers: book an appointment', () => {
  test.each(ROUTINE_TRIGGERS)('%s alone', (finding) => {
    expect(triage({ age: 30, findings: [finding] }).level).toBe('routine');
  });

  test('not improving after 2 weeks of self-care: asked from 2 weeks to 6 weeks', () => {
    const notImproving = ['pain_not_improving_after_2_weeks_self_care'];
    expect(triage({ durationDays: 14, findings: notImproving }).level).toBe('routine');
    expect(triage({ durationDays: 13, findings: notImproving })).toMatchObject({ level: 'self_care', notAsked: notImproving });
  });

  test('a known condition flaring more than usual, but not the condition alone', () => {
    for (const condition of ['known_disc_problem_or_stenosis', 'known_arthritis', 'known_fibromyalgia']) {
      expect(triage({ findings: [condition, 'flare_worse_than_usual'] }).level).toBe('routine');
      expect(triage({ findings: [condition] }).level).toBe('self_care');
    }
  });

  test('the inflammatory pattern: morning stiffness, over 3 months, starting before 45', () => {
    const stiff = 'morning_stiffness_over_30_min_improves_with_exercise';
    expect(rulesFired({ age: 30, durationDays: 91, findings: [stiff] })).toContain('inflammatory_pattern');
    expect(rulesFired({ age: 30, durationDays: 90, findings: [stiff] })).not.toContain('inflammatory_pattern');
    expect(rulesFired({ age: 30, durationDays: 91, findings: [] })).not.toContain('inflammatory_pattern');
    // From 45 the question of when it started is asked, instead of working it out from the duration.
    expect(rulesFired({ age: 44, durationDays: 400, findings: [stiff] })).toContain('inflammatory_pattern');
    expect(rulesFired({ age: 45, durationDays: 400, findings: [stiff] })).not.toContain('inflammatory_pattern');
    expect(rulesFired({ age: 60, durationDays: 400, findings: [stiff, 'back_pain_started_before_45'] })).toContain('inflammatory_pattern');
  });
});

describe('how long, as one tap: the bands match the rules’ thresholds', () => {
  test('2 weeks: pain or numbness below the knee for 2 weeks or more', () => {
    for (const finding of ['pain_radiates_below_knee', 'leg_numbness_or_tingling']) {
      expect(triage({ durationDays: 13, findings: [finding] }).level).toBe('self_care');
      expect(triage({ durationDays: 14, findings: [finding] }).level).toBe('routine');
    }
  });

  test('6 weeks: pain for 6 weeks or more', () => {
    expect(triage({ durationDays: 41 }).level).toBe('self_care');
    expect(triage({ durationDays: 42 }).level).toBe('routine');
  });

  test('the wizard asks a band; the API and CLI keep durationDays, mapped to its band', () => {
    const screen = flow.screens.find((s) => s.id === 'durationDays')!;
    expect(screen.kind).toBe('range');
    expect(triage({ durationDays: 100, findings: ['morning_stiffness_over_30_min_improves_with_exercise'] }).path).toContain(
      'morning_stiffness_over_30_min_improves_with_exercise',
    );
  });
});

describe('reassuring findings never lower a tier', () => {
  const patients: Partial<Patient>[] = [
    { findings: ['numbness_saddle_area'] },
    { findings: ['fever_or_chills'] },
    { findings: ['history_of_cancer', 'difficulty_standing_or_walking'] },
    { findings: ['leg_weakness_one_side'] },
    { age: 75, findings: ['sudden_intense_pain'] },
    { durationDays: 60 },
    { findings: ['previous_back_surgery'] },
    { findings: ['history_of_cancer'] },
    { findings: [] },
  ];
  test.each(patients)('%j', (patient) => {
    const before = triage(patient);
    for (const extra of REASSURING) {
      const after = triage({ ...patient, findings: [...(patient.findings ?? []), extra] });
      expect(tierRank(after.level)).toBeGreaterThanOrEqual(tierRank(before.level));
    }
  });

  test('the one exception is the discriminator the review asked for: an obvious strain at a first episode at 50 or over', () => {
    expect(triage({ age: 55 }).level).toBe('routine');
    expect(triage({ age: 55, findings: ['recent_strain_or_lifting'] }).level).toBe('self_care');
  });
});

describe('what the result says', () => {
  test('self-care names the rule that decided it, with its sources, and the causes the answers point to', () => {
    const result = triage({ findings: ['recent_strain_or_lifting', 'muscle_stiffness', 'high_stress'] });
    expect(result.level).toBe('self_care');
    expect(result.reasons.map((r) => r.rule)).toEqual(['no_warning_signs']);
    expect(result.reasons[0]!.sources.map((s) => s.id)).toContain('nhs_back_pain');
    expect(result.causes.map((c) => c.id)).toEqual(['muscle_spasm', 'muscle_strain', 'stress']);
  });

  test('urgent and emergency results name no reassuring cause, only causes that fit the reason', () => {
    const stone = triage({ findings: ['colicky_flank_pain_to_groin', 'recent_strain_or_lifting', 'muscle_stiffness'] });
    expect(stone.causes.map((c) => c.id)).toEqual(['kidney_stone']);
    const weak = triage({ findings: ['leg_weakness_one_side', 'recent_strain_or_lifting'] });
    expect(weak.causes).toEqual([]);
  });

  test('a result whose worry is a fracture, cancer or an aneurysm names no cause at all: a spasm, a strain, a disc or a stone would reassure', () => {
    const patients: Partial<Patient>[] = [
      { age: 72, findings: ['sudden_intense_pain'] },
      { age: 60, findings: ['osteoporosis', 'sudden_intense_pain'] },
      { age: 45, findings: ['osteoporosis', 'recent_strain_or_lifting'] },
      { age: 75, findings: ['recent_strain_or_lifting', 'muscle_stiffness'] },
      { age: 66, findings: ['colicky_flank_pain_to_groin'] },
      { age: 44, findings: ['history_of_cancer', 'pain_radiates_below_knee', 'leg_numbness_or_tingling'] },
      { age: 8, findings: ['recent_strain_or_lifting', 'leg_numbness_or_tingling'] },
      { age: 64, findings: ['sudden_intense_pain', 'pain_severe_uncontrolled_by_otc_meds'] },
    ];
    for (const patient of patients) expect({ patient, causes: triage(patient).causes }).toEqual({ patient, causes: [] });
  });

  test('a booking whose reason says the pain may not be muscular names no muscle cause; a booking for a strain still does', () => {
    const patients: Partial<Patient>[] = [
      { age: 49, durationDays: 10, findings: ['night_pain_not_eased_by_rest', 'recurrent_episodes'] },
      { age: 45, findings: ['constant_pain_not_changing_with_position', 'muscle_stiffness'] },
      { age: 40, findings: ['upper_back_pain_between_shoulders', 'poor_posture_or_long_sitting'] },
      { age: 50, durationDays: 5, findings: ['muscle_stiffness'] },
      { age: 55, durationDays: 5, findings: ['history_of_cancer', 'recent_strain_or_lifting'] },
    ];
    for (const patient of patients) expect({ patient, level: triage(patient).level, causes: triage(patient).causes }).toEqual({ patient, level: 'routine', causes: [] });
    const strained = triage({ findings: ['recent_strain_or_lifting', 'unable_to_do_daily_activities'] });
    expect(strained).toMatchObject({ level: 'routine' });
    expect(strained.causes.map((c) => c.id)).toEqual(['muscle_strain']);
  });

  test('kidney stone and kidney infection are causes of their own', () => {
    expect(triage({ findings: ['flank_pain_with_urinary_symptoms'] }).causes.map((c) => c.id)).toEqual(['kidney_infection']);
    // A high temperature alone does not point at the kidneys: with new leg weakness the reason is an infection near the spine.
    expect(triage({ findings: ['fever_or_chills'] }).causes).toEqual([]);
    expect(triage({ findings: ['fever_or_chills', 'leg_weakness_one_side'] }).causes).toEqual([]);
  });

  test('only the rules at the decided tier are reasons', () => {
    expect(rulesFired({ durationDays: 60, findings: ['fever_or_chills'] })).toEqual(['fever']);
  });

  test('a typical self-care check takes 8 screens', () => {
    expect(triage({ findings: ['recent_strain_or_lifting'] }).screens).toBe(8);
    expect(triage({ age: 62, findings: ['recurrent_episodes'] }).screens).toBe(8);
  });
});

describe('the safety-net, as lists of signs for this person', () => {
  test('kidney-stone pain is listed once under A&E: on its own for someone it would already send there, else with what would', () => {
    const waves = (patient: Partial<Patient>) =>
      triage(patient).safetyNet.filter((l) => l.heading === 'Go to A&E now if you have back pain and:').flatMap((l) => l.signs.filter((s) => /comes in waves/.test(s)));
    // A high temperature already: the pain alone would send this person to A&E, so it is said alone.
    expect(waves({ findings: ['fever_or_chills'] })).toEqual(['severe pain in your side that comes in waves']);
    expect(waves({ findings: ['recent_strain_or_lifting'] })).toEqual([
      'severe pain in your side that comes in waves, and you are being sick or cannot keep drinks down',
      'severe pain in your side that comes in waves, and a high temperature or pain that painkillers do not ease',
    ]);
  });

  test('self-care lists every emergency and urgent sign under what to do, in NHS list form', () => {
    const net = triage({ findings: ['recent_strain_or_lifting'] }).safetyNet;
    expect(net.map((l) => [l.level, l.heading])).toEqual([
      ['emergency', 'Call 999 if you have back pain and:'],
      ['emergency', 'Go to A&E now if you have back pain and:'],
      ['urgent', 'Get medical help today if you have back pain and:'],
      ['routine', 'Book an appointment with a GP or a physio if:'],
    ]);
    expect(net[0]!.signs).toHaveLength(10);
  });

  test('leaves out signs the person cannot have: pregnancy signs, or a fall asked only from 50', () => {
    const signs = (patient: Partial<Patient>) => triage(patient).safetyNet.flatMap((l) => l.signs);
    expect(signs({ age: 30 }).join(' ')).not.toMatch(/pregnant|fall or knock/);
    expect(triage({ age: 30, findings: ['pregnant'] }).safetyNet.map((l) => l.heading)).toContain('Call your midwife or the maternity unit now if:');
    // Said as something that could happen next, not as how this pain started (which cannot change).
    expect(signs({ age: 70 })).toContain('a fall or knock, even a small one, that makes the pain worse');
  });

  test('each sign is listed at the urgency, and under the place to go, the rules would give it for this person, whatever their age', () => {
    const people: Partial<Patient>[] = [10, 15, 30, 49, 50, 59, 60, 75].flatMap((age) =>
      [
        [], ['recurrent_episodes'], ['recent_strain_or_lifting'], ['repetitive_movement_or_overuse'], ['history_of_cancer'],
        ['unable_to_do_daily_activities'], ['fever_or_chills'], ...(age >= 12 && age <= 55 ? [['pregnant'], ['pregnant', 'recent_strain_or_lifting']] : []),
      ].map((findings) => ({ age, findings })),
    );
    // Where each emergency list's heading sends the person.
    const goes = (heading: string) => (heading.startsWith('Call 999') ? ['ambulance', 'emergency'] : heading.startsWith('Go to A&E') ? ['emergency_department'] : ['maternity_now']);
    const misplaced: string[] = [];
    for (const person of people) {
      for (const list of triage(person).safetyNet) {
        for (const sign of flow.outcomes[triage(person).outcome]!.safetyNet.find((l) => l.heading.startsWith(list.heading.slice(0, 8)) && l.tier === list.level)!.signs) {
          if (!('finding' in sign) || !list.signs.includes(flow.findings[sign.finding]!.safetyNet ?? flow.findings[sign.finding]!.label)) continue;
          // A follow-up sign is had with the sign it follows.
          const findings = [...person.findings!, sign.finding, ...(sign.finding === 'leg_weakness_getting_worse' ? ['leg_weakness_one_side'] : [])];
          const { level, outcome } = triage({ ...person, findings });
          if (level !== list.level) misplaced.push(`age ${person.age} [${person.findings}] ${sign.finding}: listed ${list.level}, rules give ${level}`);
          else if (level === 'emergency' && !goes(list.heading).includes(outcome)) misplaced.push(`age ${person.age} [${person.findings}] ${sign.finding}: listed under "${list.heading}", rules give ${outcome}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  test('kidney-stone pain is a 999 sign from 60, and night or constant pain a "today" sign from 50 (as the rules say)', () => {
    const where = (age: number, sign: RegExp) =>
      triage({ age, findings: ['recurrent_episodes'] }).safetyNet.filter((l) => l.signs.some((s) => sign.test(s))).map((l) => l.heading);
    expect(where(72, /^severe pain in your side that comes in waves/)).toEqual(['Call 999 if you have back pain and:']);
    expect(where(59, /^severe pain in your side that comes in waves/)).toEqual(['Go to A&E now if you have back pain and:', 'Get medical help today if you have back pain and:']);
    expect(where(50, /^pain at night/)).toEqual(['Get medical help today if you have back pain and:']);
    expect(where(49, /pain at night/)).toEqual(['Book an appointment with a GP or a physio if:']);
  });

  test('pregnant and sent to A&E: the maternity signs are still listed', () => {
    const findings = ['history_of_cancer', 'difficulty_standing_or_walking'];
    const result = triage({ age: 30, findings: ['pregnant', ...findings] });
    expect(result.outcome).toBe('emergency_department');
    expect(result.safetyNet.find((l) => l.heading === 'Call your midwife or the maternity unit now if:')?.signs).toHaveLength(1);
    expect(triage({ age: 30, findings }).safetyNet.map((l) => l.heading).join(' ')).not.toMatch(/midwife/);
  });

  test('with cancer or an infection risk, new weakness in a leg is under "Go to A&E now", never under "today"', () => {
    const lists = (findings: string[]) => triage({ findings }).safetyNet;
    for (const risk of ['history_of_cancer', 'fever_or_chills', 'immunosuppressed_or_iv_drug_use', 'long_term_steroid_use']) {
      const net = lists([risk]);
      expect(net.filter((l) => l.level === 'urgent').flatMap((l) => l.signs).join(' ')).not.toMatch(/weakness/);
      expect(net.find((l) => l.heading === 'Go to A&E now if you have back pain and:')!.signs.filter((s) => s.startsWith('new weakness in a leg'))).not.toEqual([]);
    }
    expect(lists([]).find((l) => l.level === 'urgent')!.signs).toContain('new weakness in one leg, or your foot drops or slaps when you walk');
  });

  test('with cancer, pain below the knee or a numb leg is under "Go to A&E now" on every result, never under "today"', () => {
    const cancerNerve = 'pain below your knee, or a numb or tingling leg, and you have or have had cancer';
    for (const patient of [{ findings: ['history_of_cancer'] }, { age: 62, findings: ['history_of_cancer', 'night_pain_not_eased_by_rest'] }, { age: 12, findings: ['history_of_cancer', 'recent_strain_or_lifting'] }]) {
      const net = triage(patient).safetyNet;
      expect(net.filter((l) => l.signs.includes(cancerNerve)).map((l) => l.heading)).toEqual(['Go to A&E now if you have back pain and:']);
    }
    expect(triage({ findings: [] }).safetyNet.flatMap((l) => l.signs)).not.toContain(cancerNerve);
  });

  test('new weakness in a leg with injecting drugs is an A&E sign, as the rule says', () => {
    expect(triage({ findings: ['immunosuppressed_or_iv_drug_use', 'leg_weakness_one_side'] }).outcome).toBe('emergency_department');
    expect(triage({ findings: [] }).safetyNet.find((l) => l.heading === 'Go to A&E now if you have back pain and:')!.signs).toContain('new weakness in a leg, and you inject drugs');
  });

  test('self-care says to book if the pain gets worse, or the person is worried or finding it hard to cope (NHS back pain)', () => {
    const book = triage({ findings: ['recent_strain_or_lifting'] }).safetyNet.find((l) => l.level === 'routine')!.signs;
    expect(book).toEqual(expect.arrayContaining(['the pain is getting worse', 'you are worried about the pain, or finding it hard to cope']));
  });

  test('with cancer, the signs of spinal spread are "today" signs; without it they are not listed there', () => {
    const today = (findings: string[]) => triage({ findings }).safetyNet.find((l) => l.level === 'urgent')!.signs;
    expect(today(['history_of_cancer'])).toEqual(
      expect.arrayContaining(['pain high up in your back, between your shoulder blades', 'pain that is much worse when you cough, sneeze or strain on the toilet']),
    );
    expect(today([]).join(' ')).not.toMatch(/shoulder blades|cough/);
  });
});

describe('the API and the CLI never drop a sign they are given', () => {
  test('worsening leg weakness listed without leg weakness is turned down, not counted as "no" and sent to self-care', () => {
    const alone = { ...adult, findings: ['leg_weakness_getting_worse'] };
    expect(triage(alone)).toMatchObject({ level: 'self_care', notAsked: ['leg_weakness_getting_worse'] });
    expect(triagePatient(flow, alone)).toEqual({ issues: [{ path: 'findings', message: expect.stringMatching(/^"leg_weakness_getting_worse" is asked only when "leg_weakness_one_side":/) }] });
    expect(triagePatient(flow, { ...alone, findings: ['leg_weakness_one_side', 'leg_weakness_getting_worse'] })).toMatchObject({ result: { level: 'urgent', notAsked: [] } });
  });

  test('pregnancy signs listed past the ages pregnancy is asked about are turned down, not dropped', () => {
    expect(triagePatient(flow, { ...adult, age: 56, findings: ['pregnant', 'pregnancy_urinary_symptoms'] })).toMatchObject({
      issues: [{ message: expect.stringMatching(/^"pregnant" is asked only when age is from 12 to 55 years:/) }, { message: expect.stringMatching(/^"pregnancy_urinary_symptoms" is asked only when "pregnant":/) }],
    });
  });
});
