import { phoneParts, type PhoneNumbers } from '@/lib/flow/phone-text';

/**
 * A line of advice with each number it says to call as a tap: someone who gets worse reads "call 999"
 * in the list that tells them to, and calls from there.
 */
export function PhoneText({ text, phones }: { text: string; phones: PhoneNumbers }) {
  return phoneParts(text, phones).map((part, i) =>
    part.href ? (
      <a href={part.href} key={i}>
        {part.text}
      </a>
    ) : (
      part.text
    ),
  );
}

/** Lines for a BulletList, each with its numbers to call as taps. */
export function phoneItems(lines: readonly string[], phones: PhoneNumbers) {
  return lines.map((line) => ({ key: line, content: <PhoneText text={line} phones={phones} /> }));
}
