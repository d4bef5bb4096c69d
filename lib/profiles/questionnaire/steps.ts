/** The data steps (1–4); step 5 is the review, which only submits. */
export const DATA_STEPS = [1, 2, 3, 4] as const;
export type DataStep = (typeof DATA_STEPS)[number];
export const REVIEW_STEP = 5;
export const STEP_COUNT = 5;

export function isDataStep(step: number): step is DataStep {
  return (DATA_STEPS as readonly number[]).includes(step);
}
