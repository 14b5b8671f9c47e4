import type { PathFigures as Figures } from '@/lib/explorer/explorer-data';
import { TIER_NAMES } from '@/lib/explorer/flow-review';
import { TIERS } from '@/lib/flow/tiers';
import styles from './path-figures.module.css';

const number = new Intl.NumberFormat('en-GB');

type Row = { key: string; name: React.ReactNode; figures: Figures['byTier'][keyof Figures['byTier']] };

function FiguresTable({ id, caption, first, rows }: { id: string; caption: string; first: string; rows: readonly Row[] }) {
  return (
    <table className={styles.table} id={id}>
      <caption id={`${id}-caption`}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            {first}
          </th>
          <th scope="col" rowSpan={2} className={styles.number}>
            Paths
          </th>
          <th scope="colgroup" colSpan={3} className={styles.group}>
            Screens to the outcome
          </th>
        </tr>
        <tr>
          <th scope="col" className={styles.number}>
            Min
          </th>
          <th scope="col" className={styles.number}>
            Median
          </th>
          <th scope="col" className={styles.number}>
            Max
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, name, figures }) => (
          <tr key={key} data-figures={key}>
            <th scope="row">{name}</th>
            {figures ? (
              <>
                <td className={styles.number}>{number.format(figures.paths)}</td>
                <td className={styles.number}>{figures.minScreens}</td>
                <td className={styles.number}>{figures.medianScreens}</td>
                <td className={styles.number}>{figures.maxScreens}</td>
              </>
            ) : (
              <td colSpan={4}>No path reaches it</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The figures `npm run flow:check` prints: how many paths end at each tier and outcome, and how many screens they take. */
export function PathFigures({ paths, outcomes }: { paths: Figures; outcomes: readonly { id: string; title: string }[] }) {
  return (
    <>
      <p>
        {number.format(paths.paths)} paths through {number.format(paths.states)} states of the flow’s machine. A path runs from the first screen
        to an outcome; its screens are the questions answered on the way (“Check your answers” is not counted).
      </p>
      <div className={styles.scroll} role="region" aria-labelledby="figures-tier-caption" tabIndex={0}>
        <FiguresTable
          id="figures-tier"
          caption="Paths and screens, per tier"
          first="Tier"
          rows={TIERS.map((tier) => ({ key: tier, name: TIER_NAMES[tier], figures: paths.byTier[tier] }))}
        />
      </div>
      <div className={styles.scroll} role="region" aria-labelledby="figures-outcome-caption" tabIndex={0}>
        <FiguresTable
          id="figures-outcome"
          caption="Paths and screens, per outcome"
          first="Outcome"
          rows={outcomes.map(({ id, title }) => ({ key: id, name: <a href={`#outcome-${id}`}>{title}</a>, figures: paths.byOutcome[id] }))}
        />
      </div>
    </>
  );
}
