import { runTriage } from '@/lib/triage/run-triage';
import type { Patient } from '@/lib/triage/patient';
import { tierRank } from '@/lib/flow/tiers';
import { backSpasmsFlow as flow } from '.';

/*
 * The tier decisions of ../shared red-flags.md, written out here independently of rules.json, so a
 * change to the rules that breaks a guideline decision fails a test that names it.
 */
const adult: Patient = { age: 35, sex: 'male', durationDays: 3, findings: [] };
const woman: Patient = { ...adult, sex: 'female', age: 30 };
const triage = (patient: Partial<Patient>, base: Patient = adult) => runTriage(flow, { ...base, ...patient });

const EMERGENCY_SIGNS = [
  'leg_symptoms_both_sides', 'leg_weakness_both_sides', 'numbness_saddle_area', 'difficulty_urinating_or_retention',
  'loss_of_bladder_or_bowel_control', 'sexual_dysfunction_new', 'recent_major_trauma',
  'chest_pain_or_shortness_of_breath', 'tearing_pain_or_pulsating_abdomen', 'feeling_faint_clammy_or_confused',
];
const URGENT_SIGNS = [
  'fever_or_chills', 'unexplained_weight_loss', 'night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position',
  'pain_worse_coughing_sneezing_or_straining', 'upper_back_pain_between_shoulders', 'history_of_cancer',
  'immunosuppressed_or_iv_drug_use', 'long_term_steroid_use', 'minor_fall_with_osteoporosis_risk', 'leg_weakness_one_side',
  'flank_pain_with_urinary_symptoms', 'colicky_flank_pain_to_groin', 'blood_in_urine',
];
const ROUTINE_TRIGGERS = [
  'unable_to_do_daily_activities', 'pain_severe_uncontrolled_by_otc_meds', 'previous_back_surgery',
];
const REASSURING = [
  'pain_relieved_by_rest', 'relieved_by_heat_or_massage', 'recent_strain_or_lifting', 'poor_posture_or_long_sitting',
  'high_stress', 'muscle_stiffness', 'pain_worse_with_movement', 'limited_range_of_motion',
];

describe('emergency signs', () => {
  test.each(EMERGENCY_SIGNS)('%s alone: call emergency services, decided on the first screen', (finding) => {
    const result = triage({ findings: [finding] });
    expect(result.level).toBe('emergency');
    expect(result.screens).toBe(1);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  test('an emergency sign in an under-16 is still an emergency', () => {
    expect(triage({ age: 12, findings: ['numbness_saddle_area'] }).level).toBe('emergency');
  });
});

describe('combinations that are an emergency', () => {
  test.each<[string, Partial<Patient>]>([
    ['cancer history with new weakness in one leg', { findings: ['history_of_cancer', 'leg_weakness_one_side'] }],
    ['cancer history with difficulty walking', { findings: ['history_of_cancer', 'difficulty_standing_or_walking'] }],
    ['fever with leg weakness getting worse', { findings: ['fever_or_chills', 'leg_weakness_one_side', 'leg_weakness_getting_worse'] }],
    ['immunosuppression with leg weakness getting worse', { findings: ['immunosuppressed_or_iv_drug_use', 'leg_weakness_one_side', 'leg_weakness_getting_worse'] }],
    ['kidney-stone pain not controlled by painkillers', { findings: ['colicky_flank_pain_to_groin', 'pain_severe_uncontrolled_by_otc_meds'] }],
    ['kidney-stone pain with vomiting', { findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] }],
    ['kidney-stone pain with fever', { findings: ['colicky_flank_pain_to_groin', 'fever_or_chills'] }],
    ['kidney-stone pain at 60', { age: 60, findings: ['colicky_flank_pain_to_groin'] }],
    ['kidney-stone pain in pregnancy', { ...woman, findings: ['colicky_flank_pain_to_groin', 'pregnant'] }],
    ['side pain with urinary symptoms and vomiting', { findings: ['flank_pain_with_urinary_symptoms', 'vomiting_cannot_keep_fluids_down'] }],
  ])('%s', (_, patient) => {
    const result = triage(patient);
    expect(result.level).toBe('emergency');
    expect(result.reasons.every((r) => r.level === 'emergency')).toBe(true);
  });

  test('the check stops on the screen that completes the combination', () => {
    const result = triage({ findings: ['colicky_flank_pain_to_groin', 'vomiting_cannot_keep_fluids_down'] });
    expect(result.path.at(-1)).toBe('vomiting_cannot_keep_fluids_down');
  });
});

describe('urgent signs', () => {
  test.each(URGENT_SIGNS)('%s alone: get medical help today', (finding) => {
    expect(triage({ findings: [finding] }).level).toBe('urgent');
  });

  test('leg weakness that is getting worse, without fever or immunosuppression', () => {
    expect(triage({ findings: ['leg_weakness_one_side', 'leg_weakness_getting_worse'] }).level).toBe('urgent');
  });

  test('contractions or bleeding in pregnancy', () => {
    expect(triage({ findings: ['pregnant', 'pregnancy_contractions_or_bleeding'] }, woman).level).toBe('urgent');
  });

  test('osteoporosis with sudden pain, but not osteoporosis alone', () => {
    expect(triage({ findings: ['osteoporosis', 'sudden_intense_pain'] }).level).toBe('urgent');
    expect(triage({ findings: ['osteoporosis'] }).level).toBe('self_care');
  });

  test('kidney-stone pain at 59 is urgent, not an emergency', () => {
    expect(triage({ age: 59, findings: ['colicky_flank_pain_to_groin'] }).level).toBe('urgent');
  });
});

describe('routine triggers', () => {
  test.each(ROUTINE_TRIGGERS)('%s alone: book an appointment', (finding) => {
    expect(triage({ findings: [finding] }).level).toBe('routine');
  });

  test('pregnancy', () => {
    expect(triage({ findings: ['pregnant'] }, woman).level).toBe('routine');
  });

  test('not improving after 2 weeks of self-care (asked from 14 days)', () => {
    expect(triage({ durationDays: 14, findings: ['pain_not_improving_after_2_weeks_self_care'] }).level).toBe('routine');
    expect(triage({ durationDays: 13, findings: ['pain_not_improving_after_2_weeks_self_care'] }).level).toBe('self_care');
  });

  test('a known condition flaring more than usual, but not the condition alone', () => {
    for (const condition of ['known_disc_problem_or_stenosis', 'known_arthritis', 'known_fibromyalgia']) {
      expect(triage({ findings: [condition, 'flare_worse_than_usual'] }).level).toBe('routine');
      expect(triage({ findings: [condition] }).level).toBe('self_care');
    }
  });

  test('the inflammatory pattern: morning stiffness, over 3 months, starting before 45', () => {
    // Over 3 months is past 6 weeks, so the tier is routine either way; the pattern adds its reason.
    const stiff = ['morning_stiffness_over_30_min_improves_with_exercise'];
    const rules = (patient: Partial<Patient>) => triage(patient).reasons.map((r) => r.rule);
    expect(rules({ age: 30, durationDays: 91, findings: stiff })).toContain('inflammatory_pattern');
    expect(rules({ age: 30, durationDays: 91, findings: [] })).not.toContain('inflammatory_pattern');
    expect(rules({ age: 30, durationDays: 90, findings: stiff })).not.toContain('inflammatory_pattern');
    // 46 now and 91 days in: it started at about 45¾, not before 45, so the question is not asked.
    expect(triage({ age: 46, durationDays: 91, findings: stiff }).notAsked).toEqual(stiff);
    expect(triage({ age: 45, durationDays: 91, findings: stiff }).level).toBe('routine');
    expect(rules({ age: 45, durationDays: 91, findings: stiff })).toContain('inflammatory_pattern');
  });
});

describe('thresholds, on both sides', () => {
  test('age 16: under 16 is out of scope (routine, its own outcome, says why); 16 is in', () => {
    const child = triage({ age: 15 });
    expect([child.level, child.outcome, child.screens]).toEqual(['routine', 'under_16', 2]);
    expect(child.reasons[0]!.text).toMatch(/16/);
    expect(triage({ age: 16 }).level).toBe('self_care');
  });

  test('under 16, urgent signs are not asked: the check ends at the out-of-scope outcome', () => {
    expect(triage({ age: 15, findings: ['fever_or_chills'] }).outcome).toBe('under_16');
  });

  test('age 50: a first episode at 50 or over needs a check-up; earlier episodes or 49 do not', () => {
    expect(triage({ age: 49 }).level).toBe('self_care');
    expect(triage({ age: 50 }).level).toBe('routine');
    expect(triage({ age: 50, findings: ['recurrent_episodes'] }).level).toBe('self_care');
  });

  test('14 days: pain or numbness below the knee for more than 2 weeks', () => {
    for (const finding of ['pain_radiates_below_knee', 'leg_numbness_or_tingling']) {
      expect(triage({ durationDays: 14, findings: [finding] }).level).toBe('self_care');
      expect(triage({ durationDays: 15, findings: [finding] }).level).toBe('routine');
    }
  });

  test('42 days: pain for 6 weeks or more', () => {
    expect(triage({ durationDays: 41 }).level).toBe('self_care');
    expect(triage({ durationDays: 42 }).level).toBe('routine');
  });
});

describe('reassuring findings never lower a tier', () => {
  const patients: Partial<Patient>[] = [
    { findings: ['numbness_saddle_area'] },
    { findings: ['fever_or_chills'] },
    { findings: ['history_of_cancer', 'difficulty_standing_or_walking'] },
    { findings: ['leg_weakness_one_side'] },
    { durationDays: 60 },
    { age: 55, findings: [] },
    { findings: ['previous_back_surgery'] },
    { findings: [] },
  ];
  test.each(patients)('%j', (patient) => {
    const before = triage(patient);
    for (const extra of REASSURING) {
      const after = triage({ ...patient, findings: [...(patient.findings ?? []), extra] });
      expect(tierRank(after.level)).toBeGreaterThanOrEqual(tierRank(before.level));
    }
  });

  test('recurrent episodes alone do not raise the tier, but add prevention advice', () => {
    expect(triage({ findings: ['recurrent_episodes'] }).level).toBe('self_care');
    expect(flow.selfCare.extraAdvice.find((a) => a.id === 'prevent_recurrence')).toBeDefined();
  });
});

describe('what the result says', () => {
  test('self-care names the rule that decided it, with its sources, and the causes the answers point to', () => {
    const result = triage({ findings: ['recent_strain_or_lifting', 'muscle_stiffness', 'high_stress'] });
    expect(result.level).toBe('self_care');
    expect(result.reasons.map((r) => r.rule)).toEqual(['no_warning_signs']);
    expect(result.reasons[0]!.sources.map((s) => s.id)).toContain('nhs_back_pain');
    expect(result.causes.map((c) => c.id)).toEqual(['muscle_strain', 'stress']);
  });

  test('only the rules at the decided tier are reasons', () => {
    const result = triage({ durationDays: 60, findings: ['fever_or_chills'] });
    expect(result.reasons.map((r) => r.rule)).toEqual(['fever']);
  });

  test('a typical self-care check takes 8 screens or fewer', () => {
    expect(triage({ findings: ['recent_strain_or_lifting'] }).screens).toBeLessThanOrEqual(8);
    expect(triage({ findings: ['recent_strain_or_lifting'] }, woman).screens).toBeLessThanOrEqual(8);
    expect(triage({ age: 62, findings: ['recurrent_episodes'] }).screens).toBeLessThanOrEqual(8);
  });
});
