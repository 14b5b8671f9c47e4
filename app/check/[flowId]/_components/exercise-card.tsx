import type { Flow } from '@/lib/flow/flow-schema';

type Exercise = Flow['selfCare']['exercises'][number];

export function ExerciseCard({ exercise }: { exercise: Exercise }) {
  return (
    <li className="card exercise">
      <h4 className="card__title">{exercise.name}</h4>
      <p className="exercise__purpose">{exercise.purpose}</p>
      <ol className="exercise__steps">
        {exercise.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <dl className="exercise__dose">
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
