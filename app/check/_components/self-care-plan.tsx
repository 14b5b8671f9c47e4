import { BulletList } from '@/app/_components/bullet-list';
import { phoneItems } from '@/app/_components/phone-text';
import { Section } from '@/app/_components/section';
import { RESULT_TEXT } from '@/app/_lib/result-text';
import type { Flow } from '@/lib/flow/flow-schema';
import type { PhoneNumbers } from '@/lib/flow/phone-text';
import { PLAN_HEADING_ID } from '../_lib/check-href';
import { ExerciseCard } from './exercise-card';
import styles from './self-care-plan.module.css';

function Caution({ title, lines, phones }: { title: string; lines: readonly string[]; phones: PhoneNumbers }) {
  return (
    <div className={styles.caution}>
      <p className={styles.cautionTitle}>
        <strong>{title}</strong>
      </p>
      <BulletList items={phoneItems(lines, phones)} />
    </div>
  );
}

/** The self-care plan: the same for everyone; advice that depends on the answers is shown above it. */
export function SelfCarePlan({ plan, phones }: { plan: Flow['selfCare']; phones: PhoneNumbers }) {
  return (
    <Section titleId={PLAN_HEADING_ID} title={RESULT_TEXT.planHeading} belowTheFold linkedTo className="print-plan">
      <p>{plan.intro}</p>
      {plan.treatments.map((treatment) => (
        <div className={styles.treatment} key={treatment.id}>
          <h3>{treatment.title}</h3>
          <BulletList items={treatment.advice} />
          {treatment.cautions.length > 0 && <Caution title={RESULT_TEXT.takeCare} lines={treatment.cautions} phones={phones} />}
        </div>
      ))}
      <h3>{RESULT_TEXT.exercisesHeading}</h3>
      <p>{plan.exercisesIntro}</p>
      <h4>{RESULT_TEXT.howOftenHeading}</h4>
      <p>{plan.exercisesHowOften}</p>
      <ul className={styles.cards}>
        {plan.exercises.map((exercise) => (
          <ExerciseCard exercise={exercise} key={exercise.id} />
        ))}
      </ul>
      <Caution title={RESULT_TEXT.whenToStop} lines={plan.exerciseSafety} phones={phones} />
    </Section>
  );
}
