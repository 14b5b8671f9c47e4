import { array, minLength, optional, record, regex, safeParse, strictObject, string, toJSONSchema, url, type output } from 'zod/mini';
import { formatPath, Id, Text } from './primitives';
import { Service } from './services';

/*
 * Regions: where the person is changes the words and numbers of the advice, never the tiers or the
 * rules. A flow's text names what varies as {{term}} ({{Term}} for a capital letter); each region
 * gives every term its words, and the services an outcome points to (call 999, 111, a GP...).
 */

function RegionSchema() {
  return strictObject({
    name: Text(),
    /** The page's lang attribute. */
    lang: string().check(regex(/^[a-z]{2}-[A-Z]{2}$/, 'a language and region tag, like en-GB')),
    /** Browser languages (navigator.languages entries, or their first part) that suggest this region. */
    languages: array(Text()).check(minLength(1)),
    /** Time zones that suggest this region, a second sign when the language alone does not tell. */
    timeZones: array(Text()),
    terms: record(string().check(regex(/^[a-z][A-Za-z]*$/, 'a term is lowerCamelCase')), Text()),
    services: record(Id(), Service()),
    sources: array(strictObject({ title: Text(), url: url() })).check(minLength(1, 'every region cites where its numbers come from')),
    /** For reviewers only; never shown. */
    note: optional(Text()),
  });
}

function RegionsSchema() {
  return strictObject({ $schema: optional(string()), defaultRegion: Id(), regions: record(Id(), RegionSchema()) });
}

export type Region = output<ReturnType<typeof RegionSchema>> & { readonly id: string };
export type Regions = { readonly defaultRegion: string; readonly regions: Readonly<Record<string, Region>> };

/** For editors: the regions file's JSON Schema (flows/schema/regions.schema.json). */
export function regionsJsonSchema(): object {
  return { title: 'Regions file', ...toJSONSchema(RegionsSchema(), { target: 'draft-2020-12', unrepresentable: 'any' }) };
}

/** A regions file that is invalid, or a flow text a region has no words for: a mistake in the data. */
export class RegionError extends Error {
  override name = 'RegionError';
}

/** The regions file, or an error naming what is wrong with it. */
export function parseRegions(input: unknown): Regions {
  const result = safeParse(RegionsSchema(), input);
  if (!result.success) throw new RegionError(`Invalid regions:\n${result.error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`).join('\n')}`);
  const { defaultRegion, regions } = result.data;
  if (!(defaultRegion in regions)) throw new RegionError(`Invalid regions: no default region "${defaultRegion}"`);
  return { defaultRegion, regions: Object.fromEntries(Object.entries(regions).map(([id, region]) => [id, { id, ...region }])) };
}

const TERM = /\{\{([A-Za-z]+)\}\}/g;

/** A text with its {{terms}} in the region's words. Throws, naming the term, if the region has no words for it. */
export function localizeText(text: string, region: Region, where = ''): string {
  return text.replace(TERM, (_, name: string) => {
    const words = region.terms[name.charAt(0).toLowerCase() + name.slice(1)];
    if (words === undefined) throw new RegionError(`${where ? `${where}: ` : ''}region "${region.name}" has no words for {{${name}}}`);
    return name.charAt(0) === name.charAt(0).toUpperCase() ? words.charAt(0).toUpperCase() + words.slice(1) : words;
  });
}

/**
 * A flow, as its files hold it, in a region's words: every {{term}} replaced, the region's services
 * in place of `services`, and each outcome pointing only to the services the region has.
 */
export function localizeFlow(parts: Readonly<Record<string, unknown>>, region: Region): Record<string, unknown> {
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') return localizeText(value, region, formatPath(path));
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
    return value;
  };
  const localized = walk(parts, []) as Record<string, unknown>;
  const outcomes = localized.outcomes as Record<string, { services: string[] }>;
  return {
    ...localized,
    region: { id: region.id, name: region.name, lang: region.lang },
    services: region.services,
    outcomes: Object.fromEntries(
      Object.entries(outcomes).map(([id, outcome]) => [id, { ...outcome, services: outcome.services.filter((s) => s in region.services) }]),
    ),
  };
}

/**
 * The region a browser suggests: the first of its languages a region claims, when its time zone agrees
 * or no region claims that time zone; else the region of its time zone; else null, as nothing on the
 * device matched (the default region is then no suggestion, and the page must not say it is). Only a
 * suggestion: the person chooses, and the choice is remembered on the device.
 */
export interface RegionHints {
  readonly defaultRegion: string;
  readonly regions: Readonly<Record<string, Pick<Region, 'languages' | 'timeZones'>>>;
}

export function suggestRegion(regions: RegionHints, languages: readonly string[], timeZone: string | undefined): string | null {
  const entries = Object.entries(regions.regions);
  const byZone = entries.find(([, r]) => timeZone !== undefined && r.timeZones.includes(timeZone))?.[0];
  for (const language of languages) {
    const match = entries.find(([, r]) => r.languages.some((l) => l.toLowerCase() === language.toLowerCase()))?.[0];
    // en-US is many devices' default wherever they are: a time zone elsewhere overrules it.
    if (match && (byZone === undefined || byZone === match)) return match;
  }
  return byZone ?? null;
}
