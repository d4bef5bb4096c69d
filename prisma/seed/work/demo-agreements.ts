import type { WorkSeedContext } from "./seed-context";

/** Demo agreements for the seeded partnerships (placeholder until the feature exists). */
export async function seedAgreements(context: WorkSeedContext): Promise<void> {
  void context;
}
