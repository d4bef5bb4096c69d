import Link from "next/link";
import { buttonStyles } from "./button-styles";

/** The body of not-found, forbidden, unauthorized and error pages. */
export function StatusPage({
  title,
  message,
  action,
}: {
  title: string;
  message: string;
  action?: { href: string; label: string } | React.ReactNode;
}) {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-lg text-muted">{message}</p>
      <div className="mt-8">
        {action && typeof action === "object" && "href" in action ? (
          <Link className={buttonStyles.primary} href={action.href}>
            {action.label}
          </Link>
        ) : (
          action
        )}
      </div>
    </section>
  );
}
