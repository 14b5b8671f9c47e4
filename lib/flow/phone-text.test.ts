import { phoneNumbers, phoneParts } from './phone-text';

const UK = phoneNumbers({ call_emergency: { href: 'tel:999' }, urgent_line: { href: 'tel:111' }, online: { href: 'https://111.nhs.uk/' } });

describe('phoneNumbers', () => {
  test('keys each tel: service by its digits, and leaves out web links', () => {
    expect(UK).toEqual({ '999': 'tel:999', '111': 'tel:111' });
    expect(phoneNumbers({ line: { href: 'tel:+6480061116' } })).toEqual({ '6480061116': 'tel:+6480061116' });
  });
});

describe('phoneParts', () => {
  test('a number the text says to call is a tap, wherever it stands', () => {
    expect(phoneParts('Call 999 if you have back pain and:', UK)).toEqual([
      { text: 'Call ' },
      { text: '999', href: 'tel:999' },
      { text: ' if you have back pain and:' },
    ]);
    expect(phoneParts('If you get much worse before you are seen, call 999.', UK)).toEqual([
      { text: 'If you get much worse before you are seen, call ' },
      { text: '999', href: 'tel:999' },
      { text: '.' },
    ]);
  });

  test('the same digits naming a web page stay text: only "call 111" is a tap', () => {
    expect(phoneParts('If you cannot get one, use 111 online or call 111.', UK)).toEqual([
      { text: 'If you cannot get one, use 111 online or call ' },
      { text: '111', href: 'tel:111' },
      { text: '.' },
    ]);
  });

  test('"call 112 or 999": each number the services have is its own tap', () => {
    const ie = phoneNumbers({ a: { href: 'tel:112' }, b: { href: 'tel:999' } });
    expect(phoneParts('Stop and call 112 or 999 if both legs feel weak.', ie)).toEqual([
      { text: 'Stop and call ' },
      { text: '112', href: 'tel:112' },
      { text: ' or ' },
      { text: '999', href: 'tel:999' },
      { text: ' if both legs feel weak.' },
    ]);
    // Where only one of them is a service, the other stays text.
    expect(phoneParts('call 112 or 999', phoneNumbers({ a: { href: 'tel:112' } }))).toEqual([
      { text: 'call ' },
      { text: '112', href: 'tel:112' },
      { text: ' or 999' },
    ]);
  });

  test('"call Healthline on 0800 611 116": a line named before its number', () => {
    const nz = phoneNumbers({ line: { href: 'tel:0800611116' } });
    expect(phoneParts('If you cannot get one, call Healthline on 0800 611 116.', nz)).toEqual([
      { text: 'If you cannot get one, call Healthline on ' },
      { text: '0800 611 116', href: 'tel:0800611116' },
      { text: '.' },
    ]);
  });

  test('a number written with spaces matches its service', () => {
    const au = phoneNumbers({ line: { href: 'tel:1800022222' } });
    expect(phoneParts('Call 1800 022 222 for advice.', au)[1]).toEqual({ text: '1800 022 222', href: 'tel:1800022222' });
  });

  test('a number no service calls, or one not said to call, stays text', () => {
    expect(phoneParts('Call 911 if you have back pain and:', UK)).toEqual([{ text: 'Call 911 if you have back pain and:' }]);
    expect(phoneParts('Call 1999 now', UK)).toEqual([{ text: 'Call 1999 now' }]);
    expect(phoneParts('Pain for 999 days', UK)).toEqual([{ text: 'Pain for 999 days' }]);
    expect(phoneParts('Call your GP surgery', UK)).toEqual([{ text: 'Call your GP surgery' }]);
    expect(phoneParts('', UK)).toEqual([]);
  });
});
