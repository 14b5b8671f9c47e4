import { optional, regex, strictObject, string } from 'zod/mini';
import { Text } from './primitives';

/** Where to go for help, as a tap: a phone number or a web page, with a line on when to use it. */
export const Service = () =>
  strictObject({
    /** The link or button text: "Call 999", "Go to 111 online". */
    label: Text(),
    /** tel:, or an https address. */
    href: optional(string().check(regex(/^(tel:[0-9+]+|https:\/\/)/, 'use tel: with digits, or an https address'))),
    /** One line on when or how to use it. */
    description: optional(Text()),
  });
