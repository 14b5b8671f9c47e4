import { parseFlow } from './parse-flow';
import { localizeFlow, localizeText, parseRegions, suggestRegion } from './regions';
import { tinyFlow } from '../testing/tiny-flow';

const region = (name: string, extra: object = {}) => ({
  name,
  lang: 'en-GB',
  languages: ['en-GB'],
  timeZones: ['Europe/London'],
  terms: { emergencyNumber: '999', gp: 'GP' },
  services: { ambulance: { label: 'Call 999', href: 'tel:999' } },
  sources: [{ title: 'Emergency numbers', url: 'https://example.org/999' }],
  ...extra,
});
const regions = parseRegions({
  defaultRegion: 'here',
  regions: {
    here: region('Here'),
    there: region('There', {
      lang: 'en-US',
      languages: ['en-US', 'es-US'],
      timeZones: ['America/Chicago'],
      terms: { emergencyNumber: '911', gp: 'doctor' },
      services: { ambulance: { label: 'Call 911', href: 'tel:911' }, nurse: { label: 'Call the nurse line' } },
    }),
    down_under: region('Down under', { lang: 'en-AU', languages: ['en-AU'], timeZones: ['Australia/Sydney'] }),
  },
});

describe('localizeText', () => {
  test('puts each {{term}} in the region’s words, with a capital for {{Term}}', () => {
    expect(localizeText('Call {{emergencyNumber}}, or see a {{gp}}.', regions.regions.there!)).toBe('Call 911, or see a doctor.');
    expect(localizeText('{{Gp}} first.', regions.regions.there!)).toBe('Doctor first.');
  });

  test('names the term and where it was used when the region has no words for it', () => {
    expect(() => localizeText('Ask {{midwife}}', regions.regions.here!, 'outcomes.x.title')).toThrow(
      'outcomes.x.title: region "Here" has no words for {{midwife}}',
    );
  });
});

describe('localizeFlow', () => {
  test('gives every string the region’s words, and each outcome only the services the region has', () => {
    const parts = { ...tinyFlow(), title: 'Call {{emergencyNumber}}' } as Record<string, unknown>;
    const flow = parseFlow(localizeFlow(parts, regions.regions.there!));
    expect(flow.title).toBe('Call 911');
    expect(flow.region).toEqual({ id: 'there', name: 'There', lang: 'en-US' });
    expect(flow.services).toEqual(regions.regions.there!.services);
    const missing = { ...tinyFlow(), outcomes: { ...tinyFlow().outcomes } } as Record<string, unknown>;
    (missing.outcomes as Record<string, { services: string[] }>).emergency!.services = ['ambulance', 'helicopter'];
    expect((localizeFlow(missing, regions.regions.there!).outcomes as Record<string, { services: string[] }>).emergency!.services).toEqual(['ambulance']);
  });

  test('a region without a number to call leaves an emergency outcome that the flow check turns down', () => {
    const noPhone = parseRegions({ defaultRegion: 'x', regions: { x: region('X', { services: { ambulance: { label: 'Find help' } } }) } });
    expect(() => parseFlow(localizeFlow(tinyFlow() as Record<string, unknown>, noPhone.regions.x!))).toThrow(/needs a service with a tel: number/);
  });
});

describe('parseRegions', () => {
  test('names what is wrong, by path', () => {
    expect(() => parseRegions({ defaultRegion: 'here', regions: { here: { ...region('Here'), sources: [] } } })).toThrow(
      /regions\.here\.sources: every region cites where its numbers come from/,
    );
    expect(() => parseRegions({ defaultRegion: 'here', regions: { here: { ...region('Here'), lang: 'english' } } })).toThrow(/regions\.here\.lang/);
    expect(() => parseRegions({ defaultRegion: 'nowhere', regions: { here: region('Here') } })).toThrow('no default region "nowhere"');
  });
});

describe('suggestRegion', () => {
  test('the browser’s language, when its time zone agrees or says nothing', () => {
    expect(suggestRegion(regions, ['en-US'], 'America/Chicago')).toBe('there');
    expect(suggestRegion(regions, ['es-us', 'en'], undefined)).toBe('there');
    expect(suggestRegion(regions, ['en-AU'], 'Europe/Paris')).toBe('down_under');
  });

  test('a time zone overrules a language claimed elsewhere: en-US is many devices’ default', () => {
    expect(suggestRegion(regions, ['en-US'], 'Australia/Sydney')).toBe('down_under');
  });

  test('else the time zone, else nothing: the default region is not a suggestion', () => {
    expect(suggestRegion(regions, ['fr-FR'], 'America/Chicago')).toBe('there');
    expect(suggestRegion(regions, [], 'Asia/Tokyo')).toBeNull();
    expect(suggestRegion(regions, ['fr-FR'], 'Europe/Paris')).toBeNull();
  });
});
