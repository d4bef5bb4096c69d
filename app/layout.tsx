import type { Metadata, Viewport } from "next";
import { DemoBanner } from "@/components/layout/demo-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/guards";
import { isDemoMode } from "@/lib/demo/demo-mode";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: { default: t.meta.title, template: `%s · ${t.common.appName}` }, description: t.meta.description };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#004d99" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, user] = await Promise.all([getRequestMessages(), getCurrentUser()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3">
          {t.common.skipToContent}
        </a>
        {isDemoMode() && <DemoBanner t={t} />}
        <SiteHeader user={user} locale={locale} t={t} />
        <div className="flex-1">{children}</div>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
