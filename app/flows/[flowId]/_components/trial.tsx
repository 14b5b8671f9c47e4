'use client';

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { edgeKey, edgesTaken } from '@/lib/explorer/flow-graph';
import type { Trial } from '@/lib/explorer/try-patient';
import styles from './trial.module.css';

/*
 * The patient being tried, shared by the "Try a patient" form, which sets it, and the marks on the
 * server-rendered screens, rules, outcomes and graph, which show where that patient went. A mark says
 * so in words as well as colour; the list, table row or box around it picks the colour up with :has().
 */

interface TrialState {
  readonly trial: Trial | null;
  /** Each step taken, with its place on the path (1 for the first screen). */
  readonly steps: ReadonlyMap<string, number>;
  readonly edges: ReadonlySet<string>;
  readonly decided: ReadonlySet<string>;
  readonly fired: ReadonlySet<string>;
  setTrial(trial: Trial | null): void;
}

const TrialContext = createContext<TrialState | null>(null);

export function TrialProvider({ children }: { children: ReactNode }) {
  const [trial, setTrial] = useState<Trial | null>(null);
  const state = useMemo<TrialState>(
    () => ({
      trial,
      steps: new Map((trial?.steps ?? []).map((step, i) => [step, i + 1])),
      edges: new Set(edgesTaken(trial?.steps ?? []).map(edgeKey)),
      decided: new Set(trial?.result.reasons.map((reason) => reason.rule)),
      fired: new Set(trial?.fired),
      setTrial,
    }),
    [trial],
  );
  return <TrialContext.Provider value={state}>{children}</TrialContext.Provider>;
}

export function useTrial(): TrialState {
  const state = useContext(TrialContext);
  if (!state) throw new Error('useTrial needs a TrialProvider around it');
  return state;
}

/** Marks a screen or "Check your answers" on the patient's path, with its place. */
export function StepMark({ step }: { step: string }) {
  const at = useTrial().steps.get(step);
  if (at === undefined) return null;
  return (
    <p className={styles.mark} data-trial-mark="step">
      Step {at} of the patient you tried
    </p>
  );
}

/** Marks a rule that fired for the patient: one that decided the outcome, or one a more urgent rule outranked. */
export function RuleMark({ rule }: { rule: string }) {
  const { decided, fired } = useTrial();
  if (decided.has(rule)) {
    return (
      <span className={styles.mark} data-trial-mark="decided">
        Decided the patient’s outcome
      </span>
    );
  }
  if (fired.has(rule)) {
    return (
      <span className={`${styles.mark} ${styles.secondary}`} data-trial-mark="fired">
        Fired, outranked
      </span>
    );
  }
  return null;
}

/** Marks the patient's outcome. */
export function OutcomeMark({ outcome }: { outcome: string }) {
  const { trial } = useTrial();
  if (trial?.result.outcome !== outcome) return null;
  return (
    <p className={styles.mark} data-trial-mark="outcome">
      The outcome of the patient you tried
    </p>
  );
}

/** Marks a transition in the graph's text alternative that the patient took. */
export function EdgeMark({ from, to }: { from: string; to: string }) {
  const { edges } = useTrial();
  if (!edges.has(edgeKey({ from, to }))) return null;
  return (
    <span className={styles.mark} data-trial-mark="edge">
      taken by the patient you tried
    </span>
  );
}

interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Drawn over the graph: the boxes and arrows of the patient's path, and each step's place on it. The
 * geometry is the build's layout; only which parts to draw is decided here.
 */
export function GraphPathOverlay({ nodes, edges }: { nodes: readonly Box[]; edges: readonly { from: string; to: string; d: string }[] }) {
  const { steps, edges: taken } = useTrial();
  if (steps.size === 0) return null;
  return (
    <g className={styles.overlay} data-trial-mark="graph">
      {edges
        .filter((edge) => taken.has(edgeKey(edge)))
        .map((edge) => (
          <path key={edgeKey(edge)} className={styles.overlayEdge} d={edge.d} markerEnd="url(#flow-graph-arrow-path)" data-path-edge={edgeKey(edge)} />
        ))}
      {nodes
        .filter((node) => steps.has(node.id))
        .map((node) => (
          <g key={node.id} data-path-step={node.id}>
            <rect className={styles.overlayNode} x={node.x - 4} y={node.y - 4} width={node.width + 8} height={node.height + 8} rx={8} />
            <circle className={styles.overlayBadge} cx={node.x} cy={node.y} r={11} />
            <text className={styles.overlayBadgeText} x={node.x} y={node.y} textAnchor="middle" dominantBaseline="central">
              {steps.get(node.id)}
            </text>
          </g>
        ))}
    </g>
  );
}
