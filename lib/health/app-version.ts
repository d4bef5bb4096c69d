import packageJson from "../../package.json" with { type: "json" };

/** The app's version as package.json states it, reported by /api/health. */
export function appVersion(): string {
  return packageJson.version;
}
