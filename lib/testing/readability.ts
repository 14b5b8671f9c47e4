import readability from 'text-readability';

/** The bars a string must clear: safety-critical text is held to plainer words and shorter sentences. */
export const BARS = {
  safety: { minEase: 60, maxSentenceWords: 20 },
  other: { minEase: 50, maxSentenceWords: Infinity },
} as const;

/** Readability formulas need a sentence: headings and labels of fewer words than this swing by tens of points on one long word, so they are not scored. */
const MIN_WORDS = 5;

export interface Score {
  readonly ease: number;
  readonly longestSentence: number;
}

/** Flesch reading ease of the text, and the word count of its longest sentence. */
export function score(text: string): Score {
  const sentences = text
    .split(/(?<=[.!?:;])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    ease: readability.fleschReadingEase(text),
    longestSentence: Math.max(...sentences.map((s) => readability.lexiconCount(s))),
  };
}

/** Why a text falls short of its bar, or null when it reads well enough. */
export function shortfall(text: string, safety: boolean): string | null {
  if (readability.lexiconCount(text) < MIN_WORDS) return null;
  const bar = safety ? BARS.safety : BARS.other;
  const { ease, longestSentence } = score(text);
  const problems = [
    ease < bar.minEase ? `reading ease ${ease.toFixed(1)} < ${bar.minEase}` : '',
    longestSentence > bar.maxSentenceWords ? `a sentence of ${longestSentence} words > ${bar.maxSentenceWords}` : '',
  ].filter(Boolean);
  return problems.length ? problems.join('; ') : null;
}
