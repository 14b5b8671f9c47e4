import type { Flow } from '@/lib/flow/flow-schema';
import styles from './exercise-card.module.css';

type Exercise = Flow['selfCare']['exercises'][number];

export function ExerciseCard({ exercise }: { exercise: Exercise }) {
  return (
    <li className={styles.card}>
      <h4 className={styles.title}>{exercise.name}</h4>
      <p className={styles.purpose}>{exercise.purpose}</p>
      <ol className={styles.steps}>
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <dl className={styles.dose}>
        <div>
          <dt>Hold</dt>
          <dd>{exercise.hold}</dd>
        </div>
        <div>
          <dt>Repeat</dt>
          <dd>{exercise.repetitions}</dd>
        </div>
      </dl>
    </li>
  );
}
