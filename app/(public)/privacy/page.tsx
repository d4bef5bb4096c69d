import type { Metadata } from "next";
import { format } from "@/lib/i18n/define-section";
import { getRequestMessages } from "@/lib/i18n/request-locale";
import { RETENTION } from "@/lib/privacy/retention";
import { PRIVACY_NOTICE_VERSION } from "@/lib/signup/constants";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getRequestMessages();
  return { title: t.signup.privacy.title };
}

/** A catalog text: lines starting with "- " become a list, anything else a paragraph. */
function Body({ text }: { text: string }) {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const items = lines.filter((line) => line.startsWith("- "));
  if (items.length === lines.length) {
    return (
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {items.map((item) => <li key={item}>{item.slice(2)}</li>)}
      </ul>
    );
  }
  return <>{lines.map((line) => <p key={line} className="mt-3">{line}</p>)}</>;
}

// Public: anyone may read how their data is treated, before and after signing up.
export default async function PrivacyPage() {
  const { t } = await getRequestMessages();
  const p = t.signup.privacy;
  const sections = [
    { id: "controller", title: p.controllerTitle, body: p.controller },
    { id: "data", title: p.dataTitle, body: p.data },
    { id: "purposes", title: p.purposesTitle, body: p.purposes },
    { id: "recipients", title: p.recipientsTitle, body: p.recipients },
    { id: "retention", title: p.retentionTitle, body: format(t.privacyRetention.lines, RETENTION) },
    { id: "rights", title: p.rightsTitle, body: p.rights },
    { id: "provision", title: p.provisionTitle, body: p.provision },
    { id: "contacts", title: p.contactsTitle, body: p.contacts },
  ];
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold sm:text-4xl">{p.title}</h1>
      <p className="mt-3 text-lg">{p.lead}</p>
      <p className="mt-2 text-muted">{format(p.version, { version: PRIVACY_NOTICE_VERSION })}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`privacy-${section.id}`} className="mt-10">
          <h2 id={`privacy-${section.id}`} className="text-2xl font-bold">{section.title}</h2>
          <Body text={section.body} />
        </section>
      ))}
    </div>
  );
}
