/**
 * How the tests, screenshots and benchmarks start a browser. Test tools cannot download their own
 * browser here, so they drive Debian's Chromium, or the binary CHROMIUM_PATH names. Without the
 * background-networking flags Chromium tries to reach Google's services, which a closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
