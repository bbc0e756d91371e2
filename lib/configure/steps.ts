// The six configuration steps after OK as a stepper (issue 18): where the consultant is, which
// steps were saved or skipped. "Needs attention" is not stored: it comes from what the wizard can
// see will stop activation (./checks.ts), so it is always the CRM's current state plus the choices.
import { batch, signal, type Signal } from '@preact/signals';
import { CONFIGURE_STEPS } from '../drafts/schema';
import type { Problem } from './checks';

export { CONFIGURE_STEPS };
export type ConfigureStepName = (typeof CONFIGURE_STEPS)[number];
export type StepMark = 'todo' | 'saved' | 'skipped' | 'attention';

export interface ConfigureFlow {
  current: Signal<number>;
  saved: Signal<ConfigureStepName[]>;
  skipped: Signal<ConfigureStepName[]>;
  /** Where focus goes when the next step is drawn (an element id), instead of the step's heading. */
  focusId: string | null;
}

export function createFlow(): ConfigureFlow {
  return { current: signal(0), saved: signal([]), skipped: signal([]), focusId: null };
}

const clamp = (i: number) => Math.max(0, Math.min(CONFIGURE_STEPS.length - 1, Math.trunc(i)));

export function goToStep(f: ConfigureFlow, index: number, focusId: string | null = null): void {
  f.focusId = focusId;
  f.current.value = clamp(index);
}
export const nextStep = (f: ConfigureFlow) => goToStep(f, f.current.value + 1);
export const backStep = (f: ConfigureFlow) => goToStep(f, f.current.value - 1);

/** Skip: marked skipped (it can be resumed any time) and on to the next step. */
export function skipStep(f: ConfigureFlow): void {
  const name = CONFIGURE_STEPS[f.current.value] as ConfigureStepName;
  batch(() => {
    if (!f.skipped.value.includes(name) && !f.saved.value.includes(name)) f.skipped.value = [...f.skipped.value, name];
    nextStep(f);
  });
}

/** A step saved something to the CRM: saved, no longer skipped. */
export function markSaved(f: ConfigureFlow, name: ConfigureStepName): void {
  batch(() => {
    if (!f.saved.value.includes(name)) f.saved.value = [...f.saved.value, name];
    if (f.skipped.value.includes(name)) f.skipped.value = f.skipped.value.filter((s) => s !== name);
  });
}

export function markOf(f: ConfigureFlow, name: ConfigureStepName, problems: readonly Problem[]): StepMark {
  if (problems.some((p) => p.step === name)) return 'attention';
  if (f.saved.value.includes(name)) return 'saved';
  if (f.skipped.value.includes(name)) return 'skipped';
  return 'todo';
}
