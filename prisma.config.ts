import { defineConfig, env } from "prisma/config";
import { loadEnvFiles } from "./lib/config/load-env-files";

// Read by the standard Prisma CLI. `prisma generate` (npm install) needs no database.
// With DATABASE_URL set (in the environment or .env / .env.local) the datasource is named,
// so on a server that can download Prisma's native schema engine `npx prisma migrate
// deploy` and `npx prisma migrate status` work as documented. Where it cannot be
// downloaded (offline, as on our machines) use `npm run db:migrate` and `npm run db:status`,
// which run Prisma's WebAssembly engine on the same `_prisma_migrations` table.
loadEnvFiles();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: env("DATABASE_URL") } } : {}),
});
