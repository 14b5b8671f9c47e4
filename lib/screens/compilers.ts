import type { ChecklistScreen } from './checklist';
import type { ChoiceScreen } from './choice';
import type { Screen } from './index';
import type { ScreenKindCompiler } from './kind';
import type { NumberScreen } from './number';
import type { RangeScreen } from './range';
import type { YesNoScreen } from './yes-no';

/*
 * Each kind's part in the compiled engine that the API and the CLI run (and the flow explorer's "Try a
 * patient"): a module of its own, because the bundler keeps or drops a module's exports for the whole
 * build, so in the kinds' own modules these would ride along in the wizard's scripts.
 */

const checklist: ScreenKindCompiler<ChecklistScreen> = {
  compile(screen, context) {
    const items = screen.items.map((item) => ({ at: context.finding(item.finding), shown: item.showIf && context.condition(item.showIf) }));
    return (state) => {
      for (const { at, shown } of items) {
        if (shown && !shown(state)) continue;
        state.asked[at] = 1;
        state.yes[at] = state.given[at]!;
      }
    };
  },
};

const choice: ScreenKindCompiler<ChoiceScreen> = {
  compile(screen, context) {
    const at = context.fact(screen.id);
    return (state, patient) => void (state.values[at] = patient[screen.id] as string);
  },
};

const number: ScreenKindCompiler<NumberScreen> = {
  compile(screen, context) {
    const at = context.fact(screen.id);
    return (state, patient) => void (state.values[at] = patient[screen.id] as number);
  },
};

const range: ScreenKindCompiler<RangeScreen> = {
  compile(screen, context) {
    const at = context.fact(screen.id);
    const starts = screen.options.map((option) => option.from).reverse();
    return (state, patient) => void (state.values[at] = starts.find((from) => from <= (patient[screen.id] as number)));
  },
};

const yesNo: ScreenKindCompiler<YesNoScreen> = {
  compile(screen, context) {
    const at = context.finding(screen.id);
    return (state) => {
      state.asked[at] = 1;
      state.yes[at] = state.given[at]!;
    };
  },
};

const COMPILERS = { checklist, yesno: yesNo, number, choice, range } as const;

/** A screen kind's part in the compiled engine. */
export function compilerOf(screen: Screen): ScreenKindCompiler<Screen> {
  return COMPILERS[screen.kind] as unknown as ScreenKindCompiler<Screen>;
}
