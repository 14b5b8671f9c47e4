import { render, screen, within } from '@testing-library/react';
import { loadFlow } from '@/flows';
import { describeCondition } from '@/lib/flow/describe-condition';
import { TIERS } from '@/lib/flow/tiers';
import { explorerData } from '../_lib/explorer-data';
import { ExplorerPage } from './explorer-page';

/*
 * The page shows the whole flow: counted against the flow in the registry, not against the data the
 * page imports or what the page's own helpers produce.
 */

const flow = loadFlow('back-spasms');
const data = explorerData(flow.id);

function renderExplorer() {
  const { container } = render(<ExplorerPage flowId={flow.id} />);
  return container;
}

/** Text with runs of white space made one, as a person reads it. */
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the flow', () => {
  test('its title, version and description', () => {
    renderExplorer();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(flow.title);
    expect(document.querySelector('[data-flow-version]')).toHaveTextContent(flow.version);
    expect(screen.getByText(flow.description)).toBeInTheDocument();
  });

  test('a contents list whose every link leads to a section of the page', () => {
    const container = renderExplorer();
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) {
      const target = container.querySelector(link.getAttribute('href')!);
      expect(target?.tagName).toBe('SECTION');
      expect(within(target as HTMLElement).getByRole('heading', { level: 2 })).toHaveTextContent(link.textContent!);
    }
  });

  test('headings in order: one h1, and no level skipped', () => {
    const container = renderExplorer();
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
  });

  test('every table has a caption and header cells with a scope', () => {
    const container = renderExplorer();
    const tables = [...container.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(TIERS.length);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      for (const th of table.querySelectorAll('th')) expect(['col', 'row', 'colgroup']).toContain(th.getAttribute('scope'));
    }
  });

  test('no inline styles: the CSP forbids them', () => {
    const container = renderExplorer();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('every screen, in order, with every item', () => {
  test('each screen once, with its exact question, hint, why and when it is shown', () => {
    const container = renderExplorer();
    const shown = [...container.querySelectorAll('[data-screen-id]')];
    expect(shown.map((el) => el.getAttribute('data-screen-id'))).toEqual(flow.screens.map((s) => s.id));
    flow.screens.forEach((s, i) => {
      const el = shown[i] as HTMLElement;
      expect(within(el).getByRole('heading', { level: 3 })).toHaveTextContent(`${i + 1}. ${s.summaryLabel}`);
      expect(within(el).getByText(s.question)).toBeInTheDocument();
      if (s.hint) expect(within(el).getAllByText(s.hint).length).toBeGreaterThan(0);
      if (s.why) expect(within(el).getByText(s.why)).toBeInTheDocument();
      expect(text(el)).toContain(s.showIf ? `Only when: ${describeCondition(flow, s.showIf)}` : 'Always');
    });
  });

  test('each item once, under its screen, with its exact wording, own condition, red flag and sources', () => {
    const container = renderExplorer();
    let items = 0;
    for (const s of flow.screens) {
      const el = container.querySelector(`[data-screen-id="${s.id}"]`) as HTMLElement;
      const asked = s.kind === 'checklist' ? s.items : s.kind === 'yesno' ? [{ finding: s.id, showIf: undefined }] : [];
      const listed = [...el.querySelectorAll('[data-finding-id]')];
      expect(listed.map((li) => li.getAttribute('data-finding-id'))).toEqual(asked.map((item) => item.finding));
      asked.forEach((item, i) => {
        const li = listed[i] as HTMLElement;
        const finding = flow.findings[item.finding]!;
        expect(within(li).getByText(finding.label)).toBeInTheDocument();
        expect(within(li).getByText(finding.why)).toBeInTheDocument();
        if (item.showIf) expect(text(li)).toContain(`Only when: ${describeCondition(flow, item.showIf)}`);
        if (finding.redFlag) expect(li.querySelector(`[data-tier="${finding.redFlag}"]`)).not.toBeNull();
        for (const id of finding.sources) expect(within(li).getByText(flow.sources[id]!.title)).toBeInTheDocument();
        items += 1;
      });
      if (s.kind === 'checklist') expect(text(el)).toContain(s.noneLabel);
      if (s.kind === 'range') for (const option of s.options) expect(within(el).getByText(option.label)).toBeInTheDocument();
    }
    expect(items).toBe(Object.keys(flow.findings).length);
  });
});

describe('every rule, as decision tables by tier', () => {
  test('one table per tier, most urgent first, each rule once with its condition, outcome, reason and sources', () => {
    const container = renderExplorer();
    const groups = [...container.querySelectorAll('[data-tier-rules]')].map((el) => el.getAttribute('data-tier-rules'));
    expect(groups).toEqual([...TIERS]);
    const rows = [...container.querySelectorAll('tr[data-rule-id]')];
    expect(rows.map((row) => row.getAttribute('data-rule-id')).sort()).toEqual(flow.rules.map((rule) => rule.id).sort());
    for (const rule of flow.rules) {
      const row = container.querySelector(`tr[data-rule-id="${rule.id}"]`) as HTMLElement;
      expect(row.closest('[data-tier-rules]')).toHaveAttribute('data-tier-rules', rule.tier);
      const cells = [...row.children].map(text);
      expect(cells[0]).toContain(rule.id);
      expect(cells[1]).toBe(describeCondition(flow, rule.when));
      expect(cells[2]).toContain(flow.outcomes[rule.outcome ?? rule.tier]!.title);
      expect(cells[3]).toContain(rule.reason.replace(/\s+/g, ' '));
      for (const id of rule.sources) expect(within(row).getByText(flow.sources[id]!.title)).toBeInTheDocument();
      if (rule.note) expect(cells[3]).toContain(rule.note);
    }
  });
});

describe('every outcome, in full', () => {
  test('each outcome once, with its title, instruction, timeframe, services, actions, safety-net and afterwards', () => {
    const container = renderExplorer();
    const shown = [...container.querySelectorAll('article[data-outcome-id]')];
    expect(shown.map((el) => el.getAttribute('data-outcome-id'))).toEqual(Object.keys(flow.outcomes));
    for (const [id, outcome] of Object.entries(flow.outcomes)) {
      const el = container.querySelector(`article[data-outcome-id="${id}"]`) as HTMLElement;
      const words = text(el);
      expect(within(el).getByRole('heading', { level: 3 })).toHaveTextContent(outcome.title);
      for (const line of [outcome.instruction, outcome.timeframe, ...outcome.actions, ...outcome.afterwards]) expect(words).toContain(line);
      for (const service of outcome.services) expect(words).toContain(flow.services[service]!.label);
      for (const list of outcome.safetyNet) {
        expect(words).toContain(list.heading);
        if (list.how) expect(words).toContain(list.how);
        for (const sign of list.signs) {
          const finding = 'finding' in sign ? flow.findings[sign.finding]! : undefined;
          expect(words).toContain('text' in sign ? sign.text : (finding!.safetyNet ?? finding!.label));
          if (sign.when) expect(words).toContain(`Listed only when: ${describeCondition(flow, sign.when)}`);
        }
      }
    }
  });
});

describe('the figures and the graph', () => {
  test('the path figures are the build’s, per tier as flow:check prints them', () => {
    renderExplorer();
    for (const tier of TIERS) {
      const figures = data.paths.byTier[tier];
      if (!figures) continue;
      const row = document.querySelector(`#figures-tier [data-figures="${tier}"]`) as HTMLElement;
      expect([...row.querySelectorAll('td')].map(text)).toEqual([
        figures.paths.toLocaleString('en-GB'),
        String(figures.minScreens),
        String(figures.medianScreens),
        String(figures.maxScreens),
      ]);
    }
  });

  test('the graph has a node per screen and outcome, an arrow per transition, and the same transitions in words', () => {
    const container = renderExplorer();
    const svg = container.querySelector('svg[data-graph]') as SVGSVGElement;
    expect(svg).toHaveAttribute('role', 'img');
    const nodes = [...svg.querySelectorAll('g[data-step]')].map((g) => g.getAttribute('data-step'));
    expect(nodes).toEqual([...flow.screens.map((s) => s.id), 'review', ...Object.keys(flow.outcomes)]);
    for (const s of flow.screens) expect(text(svg.querySelector(`g[data-step="${s.id}"]`)!)).toContain(s.summaryLabel.split(' ')[0]!);
    const arrows = [...svg.querySelectorAll('path[data-edge]')].map((p) => p.getAttribute('data-edge'));
    expect(arrows).toEqual(data.transitions.map((t) => `${t.from}→${t.to}`));
    const listed = [...container.querySelectorAll('[data-from] [data-to]')].map((li) => `${li.closest('[data-from]')!.getAttribute('data-from')}→${li.getAttribute('data-to')}`);
    expect(listed).toEqual(arrows);
  });
});
