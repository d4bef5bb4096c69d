import type { WorkSeedContext } from "./seed-context";

/** Demo programme for the seeded partnerships (placeholder until the feature exists). */
export async function seedProgramme(context: WorkSeedContext): Promise<void> {
  void context;
}
