import type { PipelineStep, StepId } from './step';
import { creditStep } from './steps/credit';
import { enrichStep } from './steps/enrich';
import { planStep } from './steps/plan';
import { reserveStep } from './steps/reserve';
import { submitStep } from './steps/submit';
import { validateStep } from './steps/validate';

/** The saga, in order. Compensation runs backwards through the steps already done. */
export const PIPELINE: readonly PipelineStep[] = [validateStep, enrichStep, creditStep, planStep, reserveStep, submitStep];

export function stepById(id: string): PipelineStep {
  const step = PIPELINE.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No pipeline step "${id}".`);
  return step;
}

/** The step after `id`, or undefined after the last. */
export function stepAfter(id: StepId): StepId | undefined {
  const index = PIPELINE.findIndex((step) => step.id === id);
  return PIPELINE[index + 1]?.id;
}
