import { flowTexts } from '@/lib/testing/flow-text';
import { shortfall } from '@/lib/testing/readability';
import { loadFlow } from '@/flows';

const flow = loadFlow('back-spasms');

/*
 * Every string of the flow a person reads, scored with text-readability's Flesch reading ease. What
 * tells a person what to do to stay safe (instructions, safety-nets, cautions, the emergency signs)
 * must reach BARS.safety.minEase with sentences of at most BARS.safety.maxSentenceWords words;
 * everything else BARS.other.minEase (lib/testing/readability.ts).
 */
const texts = flowTexts(flow);

test('the flow has text of every kind to score', () => {
  expect(texts.filter((t) => t.safety).length).toBeGreaterThan(100);
  expect(texts.filter((t) => !t.safety).length).toBeGreaterThan(100);
});

test.each(texts.map((t) => [t.path, t] as const))('%s reads plainly enough', (_, { text, safety }) => {
  expect({ text, problem: shortfall(text, safety) }).toEqual({ text, problem: null });
});
