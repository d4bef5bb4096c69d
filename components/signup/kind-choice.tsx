import Link from "next/link";
import type { Messages } from "@/lib/i18n/get-messages";

/** The first step of signup: two large choices, each a link that preselects the kind. */
export function KindChoice({ t }: { t: Messages["signup"] }) {
  const choices = [
    { href: "/signup?kind=company", title: t.kindCompanyTitle, text: t.kindCompanyText },
    { href: "/signup?kind=nonprofit", title: t.kindNonprofitTitle, text: t.kindNonprofitText },
  ];
  return (
    <section aria-labelledby="kind-title">
      <h2 id="kind-title" className="text-2xl font-bold">{t.chooseKind}</h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {choices.map((choice) => (
          <li key={choice.href}>
            <Link
              href={choice.href}
              className="block h-full rounded-lg border-2 border-primary bg-white p-6 text-ink no-underline shadow-sm hover:bg-primary-soft"
            >
              <span className="block text-xl font-bold text-primary-dark">{choice.title}</span>
              <span className="mt-2 block">{choice.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
