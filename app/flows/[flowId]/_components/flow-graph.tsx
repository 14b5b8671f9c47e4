import { GRAPH_FONT_SIZE, REVIEW_LABEL, successors, type StepGraph } from '@/lib/explorer/flow-graph';
import type { ExplorerData } from '@/lib/explorer/explorer-data';
import { TIER_NAMES } from '@/lib/explorer/flow-review';
import { EdgeMark, GraphPathOverlay } from './trial';
import styles from './flow-graph.module.css';

type Layout = ExplorerData['layout'];

/** An edge's route as an SVG path: straight lines through its bends. */
function routePath(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}

const LINE_HEIGHT = 20;

/** A step's name, linked to where the page describes it ("Check your answers" is not described). */
function StepLink({ node }: { node: StepGraph['nodes'][number] }) {
  if (node.kind === 'review') return <>{node.label}</>;
  return <a href={node.kind === 'outcome' ? `#outcome-${node.id}` : `#screen-${node.id}`}>{node.label}</a>;
}

/**
 * The graph of screens and outcomes, drawn on the server from the layout made at build time: a box per
 * step, an arrow per transition the machine makes. No script draws it; the marks of a patient being
 * tried are drawn over it. Its text alternative is the list after it, which has the same transitions.
 */
export function FlowGraph({ layout, graph, title }: { layout: Layout; graph: StepGraph; title: string }) {
  const edges = layout.edges.map((edge) => ({ from: edge.from, to: edge.to, d: routePath(edge.points) }));
  const list = successors(graph);
  return (
    <>
      <p className={`${styles.narrowHint} no-print`}>
        On a narrow screen the graph scrolls sideways in its box. <a href="#graph-list">The same transitions, in words</a> follow it.
      </p>
      <figure className={styles.figure}>
        <div className={styles.scroll} role="region" aria-labelledby="graph-caption" tabIndex={0}>
          <svg
            className={styles.graph}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width={layout.width}
            height={layout.height}
            role="img"
            aria-labelledby="graph-svg-title graph-svg-desc"
            data-graph
          >
            <title id="graph-svg-title">{title}</title>
            <desc id="graph-svg-desc">
              {layout.nodes.length} steps and {layout.edges.length} transitions. The list after the graph gives the same transitions in words.
            </desc>
            <defs>
              <marker id="flow-graph-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path className={styles.arrow} d="M0 0 L10 5 L0 10 z" />
              </marker>
              <marker id="flow-graph-arrow-path" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="3" markerHeight="3" orient="auto-start-reverse">
                <path className={styles.arrowPath} d="M0 0 L10 5 L0 10 z" />
              </marker>
            </defs>
            <g>
              {edges.map((edge) => (
                <path key={`${edge.from}→${edge.to}`} className={styles.edge} d={edge.d} markerEnd="url(#flow-graph-arrow)" data-edge={`${edge.from}→${edge.to}`} />
              ))}
            </g>
            <g>
              {layout.nodes.map((node) => (
                <g key={node.id} className={`${styles.node} ${styles[node.tier ?? node.kind]}`} data-step={node.id} data-kind={node.kind}>
                  <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={5} />
                  <text x={node.x + node.width / 2} y={node.y + node.height / 2 - ((node.lines.length - 1) * LINE_HEIGHT) / 2} textAnchor="middle" dominantBaseline="central" fontSize={GRAPH_FONT_SIZE}>
                    {node.lines.map((line, i) => (
                      <tspan key={i} x={node.x + node.width / 2} dy={i === 0 ? 0 : LINE_HEIGHT}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                </g>
              ))}
            </g>
            <GraphPathOverlay nodes={layout.nodes} edges={edges} />
          </svg>
        </div>
        <figcaption id="graph-caption" className={styles.caption}>
          {title}. Screens are numbered in the order they are asked; an outcome’s tier is in brackets. Every check that does not end at an emergency
          goes through “{REVIEW_LABEL}”.
        </figcaption>
      </figure>
      <h3 id="graph-list">The same transitions, in words</h3>
      <ul className={styles.list}>
        {list.map(({ node, next }) => (
          <li key={node.id} data-from={node.id}>
            From <StepLink node={node} /> to:
            <ul>
              {next.map((to) => (
                <li key={to.id} data-to={to.id}>
                  <StepLink node={to} />
                  {to.tier && <> ({TIER_NAMES[to.tier].toLowerCase()})</>} <EdgeMark from={node.id} to={to.id} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
