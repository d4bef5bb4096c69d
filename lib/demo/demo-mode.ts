import { serverConfig, type ServerConfig } from "@/lib/config/server-config";

/**
 * Whether this server runs the demo: the README's accounts, demo data, a "demo" mark in
 * every layout. The start script decides it (the embedded database without
 * INSIEME_DEMO=0; or INSIEME_DEMO=1 explicitly, as the end-to-end server does on
 * PostgreSQL) and hands it to the app as INSIEME_DEMO; a real installation never is.
 */
export function isDemoMode(config: Pick<ServerConfig, "demo" | "databaseUrl"> = serverConfig()): boolean {
  return config.demo ?? !config.databaseUrl;
}
