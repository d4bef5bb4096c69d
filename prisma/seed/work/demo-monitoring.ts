import type { WorkSeedContext } from "./seed-context";

/** Demo monitoring for the seeded partnerships (placeholder until the feature exists). */
export async function seedMonitoring(context: WorkSeedContext): Promise<void> {
  void context;
}
