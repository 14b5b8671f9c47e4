'use client';

import { useState, useSyncExternalStore } from 'react';
import button from '@/app/_components/button.module.css';
import { START } from '@/app/_lib/start-text';
import { suggestRegion, type RegionHints } from '@/lib/flow/regions';
import fields from './form-fields.module.css';
import styles from './region-start.module.css';

interface RegionOption {
  readonly id: string;
  readonly name: string;
  readonly href: string;
}

interface RegionStartProps {
  readonly options: readonly RegionOption[];
  readonly hints: RegionHints;
  /** Where the form goes without JavaScript: a page of links, one per region. */
  readonly chooserHref: string;
}

/** Where the choice is kept: not health information, so it may outlive the tab, on this device only. */
const REGION_KEY = 'self-check:region';

function remembered(ids: readonly string[]): string | null {
  try {
    const id = window.localStorage.getItem(REGION_KEY);
    return id !== null && ids.includes(id) ? id : null;
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};

/** Temporal, where the browser has it (TypeScript's libraries do not describe it yet). */
declare const Temporal: { Now: { timeZoneId(): string } } | undefined;

/**
 * The device's time zone. Temporal reads it at once; Intl.DateTimeFormat first loads the locale's
 * date formats, about 160 ms of a slow phone's main thread while the page comes alive.
 */
function deviceTimeZone(): string | undefined {
  try {
    return typeof Temporal === 'undefined' ? Intl.DateTimeFormat().resolvedOptions().timeZone : Temporal.Now.timeZoneId();
  } catch {
    return undefined;
  }
}

const cache = new WeakMap<RegionHints, { id: string; why: 'suggested' | 'remembered' | 'unmatched' }>();

/**
 * The region remembered on this device, else the one the browser's language and time zone suggest,
 * else the default, which the page then does not claim came from the device.
 */
function browserSuggestion(options: readonly RegionOption[], hints: RegionHints) {
  let found = cache.get(hints);
  if (!found) {
    const before = remembered(options.map((o) => o.id));
    const suggested = before ? null : suggestRegion(hints, navigator.languages ?? [navigator.language], deviceTimeZone());
    found = before
      ? { id: before, why: 'remembered' }
      : suggested
        ? { id: suggested, why: 'suggested' }
        : { id: hints.defaultRegion, why: 'unmatched' };
    cache.set(hints, found);
  }
  return found;
}

/**
 * "Where are you?" and Start now. The person chooses; the browser's language (and time zone) only
 * suggests, and a choice made before on this device comes first. Never an IP lookup.
 */
export function RegionStart({ options, hints, chooserHref }: RegionStartProps) {
  // What the browser suggests is read once the page runs; the server draws the default region.
  const suggestion = useSyncExternalStore(
    noSubscription,
    () => browserSuggestion(options, hints),
    () => null,
  );
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = picked ?? suggestion?.id ?? hints.defaultRegion;
  const why = picked === null ? suggestion?.why : undefined;

  return (
    <form
      className={styles.form}
      action={chooserHref}
      method="get"
      onSubmit={(event) => {
        const option = options.find((o) => o.id === chosen);
        if (!option) return;
        event.preventDefault();
        try {
          window.localStorage.setItem(REGION_KEY, option.id);
        } catch {
          // Not kept: the person is asked again next time.
        }
        window.location.assign(option.href);
      }}
    >
      <fieldset className={fields.fieldset} aria-describedby="region-hint">
        <legend className={fields.legend}>
          <h2 className={styles.heading}>{START.whereHeading}</h2>
        </legend>
        <p className={fields.hint} id="region-hint">
          {START.whereHint} {why && START[why]}
        </p>
        <div>
          {options.map((option) => (
            <div className={fields.item} key={option.id}>
              <input
                className={fields.input}
                type="radio"
                id={`region-${option.id}`}
                name="region"
                value={option.id}
                checked={chosen === option.id}
                onChange={() => setPicked(option.id)}
              />
              <label className={`${fields.label} ${fields.radioLabel}`} htmlFor={`region-${option.id}`}>
                {option.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <button className={`${button.button} ${button.start}`} type="submit">
        {START.startNow}
        <svg width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </form>
  );
}
