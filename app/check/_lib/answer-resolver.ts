import type { Resolver } from 'react-hook-form';
import { readAnswer, type AnswerValue, type Screen, type ScreenFlow } from '@/lib/screens';

type FormValues = Record<string, unknown>;
type Answer = Record<string, AnswerValue>;

/**
 * react-hook-form's resolver for a screen as shown: its one field (named by the screen's id) read by the
 * screen's kind, as the server reads a form posted without JavaScript. The answer, or the field's message.
 */
export function answerResolver(screen: Screen, flow: ScreenFlow): Resolver<FormValues, unknown, Answer> {
  return (values) => {
    const read = readAnswer(screen, values[screen.id], flow);
    return 'answer' in read
      ? { values: { [screen.id]: read.answer }, errors: {} }
      : { values: {}, errors: { [screen.id]: { type: 'answer', message: read.error } } };
  };
}
