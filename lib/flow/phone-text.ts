/** A piece of a text: plain, or a number to call, as a tap. */
export interface TextPart {
  readonly text: string;
  /** tel:…, when this piece is a number the person can tap to call. */
  readonly href?: string;
}

/** The numbers a flow's services call, as the text writes them ("999", "1800 022 222" as "1800022222"), with each one's tel: link. */
export type PhoneNumbers = Readonly<Record<string, string>>;

/** Every tel: service's number, keyed by its digits. */
export function phoneNumbers(services: Readonly<Record<string, { readonly href?: string }>>): PhoneNumbers {
  return Object.fromEntries(
    Object.values(services).flatMap(({ href }) => (href?.startsWith('tel:') ? [[href.slice('tel:'.length).replace(/^\+/, ''), href]] : [])),
  );
}

/*
 * Only a number the text says to call is a tap: "call 999", "call 112 or 999", "call Healthline on
 * 0800 611 116". The same digits can name something else ("use 111 online"), and a tap there would
 * dial when the text meant a web page.
 */
const CALL = /\bcall\s+(?:\w+\s+on\s+)?/gi;
const NUMBER = /^\d+(?: \d+)*/;
const OR = /^\s+or\s+/;

/**
 * A text split so that each number it says to call, when the flow's services have it, is its own piece
 * with its tel: link. A text with none is one piece.
 */
export function phoneParts(text: string, numbers: PhoneNumbers): TextPart[] {
  const parts: TextPart[] = [];
  let plainFrom = 0;
  const link = (at: number, digits: string) => {
    const href = numbers[digits.replace(/ /g, '')];
    if (!href) return false;
    if (at > plainFrom) parts.push({ text: text.slice(plainFrom, at) });
    parts.push({ text: digits, href });
    plainFrom = at + digits.length;
    return true;
  };
  for (const call of text.matchAll(CALL)) {
    let at = call.index + call[0].length;
    let number = NUMBER.exec(text.slice(at));
    while (number && link(at, number[0])) {
      at += number[0].length;
      const or = OR.exec(text.slice(at));
      if (!or) break;
      at += or[0].length;
      number = NUMBER.exec(text.slice(at));
    }
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom) });
  return parts;
}
