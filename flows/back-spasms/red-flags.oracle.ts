import { evaluate, type Condition } from '@/lib/flow/condition';
import type { Facts } from '@/lib/flow/facts';
import type { Flow } from '@/lib/flow/flow-schema';
import { tierRank, type TierName } from '@/lib/flow/tiers';
import { exploreFlow, type FlowGraph } from '@/lib/testing/flow-paths';
import { readAnswers } from '@/lib/triage/answers';
import { createTriageMachine } from '@/lib/triage/machine';

/*
 * The oracle the path and property tests hold the machine to: the tier decisions of the clinical
 * summary (red-flags.md and its second-review amendments), written out again here from that summary,
 * not from rules.json or the findings' redFlag annotations. A change to the flow's rules that changes
 * where anyone ends up, even with its annotation changed to match, disagrees with this table.
 *
 * Each entry: this condition on what the person said means at least this tier (and, for emergencies,
 * where to go). The decision is the most urgent entry that holds; routine for a child is the under-16
 * advice; nothing at all is self-care for an adult.
 */

type Entry = { readonly tier: TierName; readonly go?: 'ambulance' | 'call' | 'maternity' | 'a_and_e' | 'maternity_today'; readonly when: Condition; readonly why: string };

const yes = (finding: string): Condition => ({ finding });
const any = (...findings: string[]): Condition => ({ any: findings.map(yes) });
const all = (...conditions: Condition[]): Condition => ({ all: conditions });
const ageAtLeast = (years: number): Condition => ({ fact: 'age', atLeast: years });
const ageBelow = (years: number): Condition => ({ fact: 'age', below: years });
const daysAtLeast = (days: number): Condition => ({ fact: 'durationDays', atLeast: days });

const weakLeg = any('leg_weakness_one_side', 'leg_weakness_getting_worse');
const infectionRisk = any('fever_or_chills', 'immunosuppressed_or_iv_drug_use', 'long_term_steroid_use');
const nonMechanical = any('night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position');

const ORACLE: readonly Entry[] = [
  // Emergency signs: call 999, or go to A&E (cauda equina, cord).
  ...[
    'numbness_saddle_area', 'difficulty_urinating_or_retention', 'loss_of_bladder_or_bowel_control', 'leg_symptoms_both_sides',
    'leg_weakness_both_sides', 'sexual_dysfunction_new',
  ].map((finding): Entry => ({ tier: 'emergency', go: 'call', when: yes(finding), why: `${finding} is an emergency sign` })),
  // Fifth review: an ambulance, never A&E by car (trauma, heart and lung, aorta, shock): a person can collapse on the way.
  ...['recent_major_trauma', 'chest_pain_or_shortness_of_breath', 'tearing_pain_or_pulsating_abdomen', 'feeling_faint_clammy_or_confused'].map(
    (finding): Entry => ({ tier: 'emergency', go: 'ambulance', when: yes(finding), why: `${finding} is an emergency sign: an ambulance` }),
  ),
  { tier: 'emergency', go: 'ambulance', when: all(yes('colicky_flank_pain_to_groin'), ageAtLeast(60)), why: 'kidney-stone pattern at 60 or over: a leaking aneurysm' },
  // Pregnancy warning signs: the maternity unit, now.
  { tier: 'emergency', go: 'maternity', when: yes('pregnancy_contractions_or_bleeding'), why: 'pregnancy warning signs' },
  // Emergencies for A&E rather than an ambulance.
  { tier: 'emergency', go: 'a_and_e', when: all(yes('history_of_cancer'), any('leg_weakness_one_side', 'leg_weakness_getting_worse', 'difficulty_standing_or_walking')), why: 'cancer with a new deficit: cord compression' },
  // Fourth review: NICE NG234's neurological symptoms in people with cancer, radicular pain and sensory loss among them, are discussed immediately.
  { tier: 'emergency', go: 'a_and_e', when: all(yes('history_of_cancer'), any('pain_radiates_below_knee', 'leg_numbness_or_tingling')), why: 'cancer with nerve symptoms' },
  { tier: 'emergency', go: 'a_and_e', when: all(infectionRisk, weakLeg), why: 'infection risk with new leg weakness: epidural abscess' },
  { tier: 'emergency', go: 'a_and_e', when: all(yes('colicky_flank_pain_to_groin'), any('pain_severe_uncontrolled_by_otc_meds', 'vomiting_cannot_keep_fluids_down', 'fever_or_chills')), why: 'complicated kidney stone' },
  { tier: 'emergency', go: 'maternity', when: all(yes('colicky_flank_pain_to_groin'), yes('pregnant')), why: 'pain in waves in pregnancy: a kidney stone, or contractions' },
  // Fourth review: a high temperature in pregnancy, the maternity unit (Tommy's, UHB).
  { tier: 'emergency', go: 'maternity', when: all(yes('pregnant'), yes('fever_or_chills')), why: 'a high temperature in pregnancy' },
  { tier: 'emergency', go: 'a_and_e', when: all(yes('flank_pain_with_urinary_symptoms'), yes('vomiting_cannot_keep_fluids_down')), why: 'kidney infection, cannot keep drinks down' },
  // Urgent: get help today.
  ...[
    'fever_or_chills', 'unexplained_weight_loss', 'immunosuppressed_or_iv_drug_use', 'long_term_steroid_use', 'minor_fall_with_osteoporosis_risk',
    'leg_weakness_one_side', 'leg_weakness_getting_worse', 'flank_pain_with_urinary_symptoms', 'colicky_flank_pain_to_groin', 'blood_in_urine',
  ].map((finding): Entry => ({ tier: 'urgent', when: yes(finding), why: `${finding} is an urgent sign` })),
  // Fifth review: painful peeing in pregnancy, the maternity unit today (UHB: contact the maternity unit).
  { tier: 'urgent', go: 'maternity_today', when: yes('pregnancy_urinary_symptoms'), why: 'urinary symptoms in pregnancy' },
  { tier: 'urgent', when: all(yes('osteoporosis'), yes('sudden_intense_pain')), why: 'weak bones with sudden pain: fracture' },
  { tier: 'urgent', when: all(ageAtLeast(70), yes('sudden_intense_pain')), why: 'sudden pain at 70 or over: fracture' },
  // Fifth review: sudden, severe pain with nothing setting it off at 60 or over (a fracture, or rarely an aneurysm).
  {
    tier: 'urgent',
    when: all(ageAtLeast(60), yes('sudden_intense_pain'), yes('pain_severe_uncontrolled_by_otc_meds'), { not: yes('recent_strain_or_lifting') }),
    why: 'sudden, severe pain at 60 or over',
  },
  // Third review: lifting is the minor trauma NICE CKS names for a fracture in weak bones or at 70 or over.
  { tier: 'urgent', when: all(yes('osteoporosis'), yes('recent_strain_or_lifting')), why: 'weak bones with a strain: fracture' },
  { tier: 'urgent', when: all(ageAtLeast(70), yes('recent_strain_or_lifting')), why: 'a strain at 70 or over: fracture' },
  { tier: 'urgent', when: all(yes('history_of_cancer'), any('upper_back_pain_between_shoulders', 'night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position', 'pain_worse_coughing_sneezing_or_straining')), why: 'cancer with signs of spinal spread' },
  // Sixth review: past cancer with pain that is not getting better, or for 6 weeks or more (NICE CKS: no improvement with treatment).
  { tier: 'urgent', when: all(yes('history_of_cancer'), { any: [yes('pain_not_improving_after_2_weeks_self_care'), daysAtLeast(42)] }), why: 'cancer with pain that is not getting better' },
  { tier: 'urgent', when: all(ageAtLeast(50), nonMechanical), why: 'non-mechanical pain at 50 or over' },
  // Fourth review: the soft-flag call (routine alone) is for 16 to 49; step 2 makes thoracic pain urgent.
  { tier: 'urgent', when: all(ageAtLeast(50), yes('upper_back_pain_between_shoulders')), why: 'pain between the shoulder blades at 50 or over' },
  // Third review: soft flags alone under 50 are routine, but two together are urgent at any age.
  ...[
    ['night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position'],
    ['night_pain_not_eased_by_rest', 'upper_back_pain_between_shoulders'],
    ['constant_pain_not_changing_with_position', 'upper_back_pain_between_shoulders'],
  ].map(([a, b]): Entry => ({ tier: 'urgent', when: all(yes(a!), yes(b!)), why: 'two soft flags together' })),
  { tier: 'urgent', when: all(ageBelow(16), nonMechanical), why: 'night or unremitting pain in a child' },
  // Sixth review: a child is not asked how long the pain has lasted, and past cancer at 6 weeks is urgent at 16.
  { tier: 'urgent', when: all(yes('history_of_cancer'), ageBelow(16)), why: 'past cancer in a child' },
  // Fourth review: NHS Healthier Together's paediatric red flags, urgent assessment.
  { tier: 'urgent', when: all(ageBelow(16), any('leg_numbness_or_tingling', 'difficulty_standing_or_walking')), why: 'numbness or a limp in a child' },
  // A back-spasm check: the spasm is given, so a child's is urgent unless a strain set it off (fifth review:
  // doing a lot of sport is a habit, not an injury).
  { tier: 'urgent', when: all(ageBelow(16), { not: yes('recent_strain_or_lifting') }), why: 'a spasm in a child, without an injury' },
  // Routine: book an appointment.
  { tier: 'routine', when: ageBelow(16), why: 'children see a GP' },
  ...[
    'history_of_cancer', 'night_pain_not_eased_by_rest', 'constant_pain_not_changing_with_position', 'upper_back_pain_between_shoulders',
    'pain_not_improving_after_2_weeks_self_care', 'unable_to_do_daily_activities', 'pain_severe_uncontrolled_by_otc_meds', 'pregnant', 'previous_back_surgery',
  ].map((finding): Entry => ({ tier: 'routine', when: yes(finding), why: `${finding} needs a check-up` })),
  { tier: 'routine', when: daysAtLeast(42), why: 'pain for 6 weeks or more' },
  { tier: 'routine', when: all(any('pain_radiates_below_knee', 'leg_numbness_or_tingling'), daysAtLeast(14)), why: 'leg symptoms for 2 weeks or more' },
  { tier: 'routine', when: all(any('known_disc_problem_or_stenosis', 'known_arthritis', 'known_fibromyalgia'), yes('flare_worse_than_usual')), why: 'a known condition flaring' },
  { tier: 'routine', when: all(ageAtLeast(50), { not: any('recurrent_episodes', 'recent_strain_or_lifting', 'back_pain_started_before_45') }), why: 'a first episode at 50 or over, nothing setting it off' },
  // Seventh review: over 70 is informative for fracture (Downie 2013), and recurrent episodes never remove an age check.
  { tier: 'routine', when: all(ageAtLeast(70), yes('recurrent_episodes')), why: 'back pain again at 70 or over' },
  { tier: 'routine', when: all(yes('morning_stiffness_over_30_min_improves_with_exercise'), daysAtLeast(91), { any: [ageBelow(45), yes('back_pain_started_before_45')] }), why: 'inflammatory pattern' },
];

const GO_ORDER = ['ambulance', 'call', 'maternity', 'a_and_e', 'maternity_today'] as const;
const OUTCOME_FOR_GO = { ambulance: 'ambulance', call: 'emergency', maternity: 'maternity_now', a_and_e: 'emergency_department', maternity_today: 'maternity_today' } as const;

/** Where the clinical summary says someone who said this ends up: the tier, the outcome, and why. */
export function oracleDecision(facts: Facts): { tier: TierName; outcome: string; why: string[] } {
  const holding = ORACLE.filter((entry) => evaluate(entry.when, facts));
  const adult = typeof facts.values.age === 'number' && facts.values.age >= 16;
  if (holding.length === 0) return { tier: adult ? 'self_care' : 'routine', outcome: adult ? 'self_care' : 'under_16', why: [] };
  const tier = holding.reduce<TierName>((top, entry) => (tierRank(entry.tier) > tierRank(top) ? entry.tier : top), 'self_care');
  const top = holding.filter((entry) => entry.tier === tier);
  const go = GO_ORDER.find((g) => top.some((entry) => entry.go === g));
  const outcome = go ? OUTCOME_FOR_GO[go] : tier === 'routine' && !adult ? 'under_16' : tier;
  return { tier, outcome, why: top.map((entry) => entry.why) };
}

/** The oracle's entries, for the traversal to keep track of as well as the flow's own rules. */
export const ORACLE_JUDGES = ORACLE.map((entry) => ({ tier: entry.tier, outcome: entry.go, when: entry.when }));

/** What the clinical summary and the flow disagree on, over every path of the flow's machine. */
export function oracleDisagreements(
  flow: Flow,
  graph: FlowGraph = exploreFlow(flow, createTriageMachine(flow), ORACLE_JUDGES),
): { answers: object; expected: [TierName, string]; got: [TierName, string] }[] {
  return [...graph.nodes.values()]
    .filter((node) => node.snapshot.status === 'done')
    .map((node) => {
      const expected = oracleDecision(readAnswers(flow, node.snapshot.context.answers).facts);
      const got = node.snapshot.output!;
      return { answers: node.snapshot.context.answers, expected: [expected.tier, expected.outcome] as [TierName, string], got: [got.level, got.outcome] as [TierName, string] };
    })
    .filter(({ expected, got }) => expected[0] !== got[0] || expected[1] !== got[1]);
}
