import { RESULT_TEXT } from '@/app/_lib/result-text';
import type { Flow } from '@/lib/flow/flow-schema';
import { exerciseDrawing } from '../_lib/exercise-picture';
import styles from './exercise-card.module.css';

type Exercise = Flow['selfCare']['exercises'][number];

/** One exercise: a picture of the position, what it is for, the steps, and how long and how often. */
export function ExerciseCard({ exercise }: { exercise: Exercise }) {
  return (
    <li className={styles.card}>
      <h4 className={styles.title}>{exercise.name}</h4>
      <div className={styles.picture} role="img" aria-label={exercise.picture.alt} dangerouslySetInnerHTML={{ __html: exerciseDrawing(exercise.picture.src) }} />
      <p className={styles.purpose}>{exercise.purpose}</p>
      <ol className={styles.steps}>
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <dl className={styles.dose}>
        <div>
          <dt>{RESULT_TEXT.hold}</dt>
          <dd>{exercise.hold}</dd>
        </div>
        <div>
          <dt>{RESULT_TEXT.repeat}</dt>
          <dd>{exercise.repetitions}</dd>
        </div>
      </dl>
    </li>
  );
}
