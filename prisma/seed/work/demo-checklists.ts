import type { WorkSeedContext } from "./seed-context";

/** Demo checklists for the seeded partnerships (placeholder until the feature exists). */
export async function seedChecklists(context: WorkSeedContext): Promise<void> {
  void context;
}
