import type { Flow } from '@/lib/flow-schema';
import { ExerciseCard } from './exercise-card';

interface SelfCarePlanProps {
  readonly plan: Flow['selfCare'];
  /** Ids of the extra advice that applies to this person. */
  readonly extraAdvice: readonly string[];
}

export function SelfCarePlan({ plan, extraAdvice }: SelfCarePlanProps) {
  const extra = plan.extraAdvice.filter((advice) => extraAdvice.includes(advice.id));
  return (
    <section className="section plan" aria-labelledby="plan-title">
      <h2 id="plan-title">Your self-care plan</h2>
      <p>{plan.intro}</p>
      {extra.length > 0 && (
        <div className="inset">
          <h3 className="visually-hidden">Advice for you</h3>
          <ul className="list">
            {extra.map((advice) => (
              <li key={advice.id}>{advice.text}</li>
            ))}
          </ul>
        </div>
      )}
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
