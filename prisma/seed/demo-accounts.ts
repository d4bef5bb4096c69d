// The demo accounts, listed in the README. Tests log in with them too.
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@insieme.demo", password: "Demo-Admin-2026!", name: "Giulia Ferrari", role: "ADMIN" },
  staff: { email: "staff@insieme.demo", password: "Demo-Staff-2026!", name: "Marco Bianchi", role: "STAFF" },
  company: { email: "impresa@insieme.demo", password: "Demo-Impresa-2026!", name: "Laura Colombo", role: "PARTNER" },
  nonprofit: { email: "ente@insieme.demo", password: "Demo-Ente-2026!", name: "Paolo Rossi", role: "PARTNER" },
} as const;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;
