import NextAuth from "next-auth";
import { type NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { checkLoginLimit } from "@/lib/auth/login-rate-limit";
import { hasUnusableCallbackUrl } from "@/lib/auth/next-auth-callback-check";
import { db } from "@/lib/db";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** next-auth answers a callback URL it cannot use with a 500: refused here with a 400. */
function unusableCallbackUrl(request: NextRequest): NextResponse | null {
  if (!hasUnusableCallbackUrl({ searchParams: request.nextUrl.searchParams, cookie: (name) => request.cookies.get(name)?.value })) return null;
  return NextResponse.json({ error: "invalid-callback-url" }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, context: RouteContext) {
  // The credentials callback is a POST; next-auth answers a GET of it with a 500.
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) return NextResponse.json({ error: "method-not-allowed" }, { status: 405, headers: { Allow: "POST" } });
  return unusableCallbackUrl(request) ?? handler(request, context);
}

/** Login attempts past the limit get a real 429 before next-auth sees them. */
export async function POST(request: NextRequest, context: RouteContext) {
  const refused = unusableCallbackUrl(request);
  if (refused) return refused;
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase();
    const limit = await checkLoginLimit(db, email, clientIpFrom(request.headers));
    if (limit.blocked) {
      // next-auth's client reads `url` to find the error code, so it must be a URL.
      const url = new URL("/login?error=TooManyAttempts", request.nextUrl.origin).toString();
      return NextResponse.json({ url }, { status: 429, headers: { "Retry-After": String(limit.retryAfterSeconds) } });
    }
  }
  return handler(request, context);
}
