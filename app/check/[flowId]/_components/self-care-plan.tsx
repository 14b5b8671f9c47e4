import type { Flow } from '@/lib/flow/flow-schema';
import { ExerciseCard } from './exercise-card';

/** The self-care plan: the same for everyone; advice that depends on the answers is shown above it. */
export function SelfCarePlan({ plan }: { plan: Flow['selfCare'] }) {
  return (
    <section className="section plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Your self-care plan</h2>
      <p>{plan.intro}</p>
      {plan.treatments.map((treatment) => (
        <div className="treatment" key={treatment.id}>
          <h3>{treatment.title}</h3>
          <ul className="list list--bullet">
            {treatment.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {treatment.cautions.length > 0 && (
            <div className="caution">
              <p className="caution__title">
                <strong>Take care</strong>
              </p>
              <ul className="list list--bullet">
                {treatment.cautions.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ))}
      <h3>Gentle exercises</h3>
      <p>{plan.exercisesIntro}</p>
      <ul className="cards">
        {plan.exercises.map((exercise) => (
          <ExerciseCard exercise={exercise} key={exercise.id} />
        ))}
      </ul>
      <div className="caution">
        <p className="caution__title">
          <strong>When to stop an exercise</strong>
        </p>
        <ul className="list list--bullet">
          {plan.exerciseSafety.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
