import { loadEnvConfig } from "@next/env";

/**
 * Reads `.env`, `.env.local` and the per-mode files into process.env exactly as `next`
 * does (variables already set in the environment win). The Next.js server does this by
 * itself; scripts (`npm start`, `npm run jobs`, `npm run db:status`) call it first so
 * they see the same configuration as the app.
 */
export function loadEnvFiles(directory = process.cwd()): void {
  loadEnvConfig(directory, process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
}
