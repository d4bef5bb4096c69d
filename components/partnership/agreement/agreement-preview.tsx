import type { AgreementDocument } from "@/lib/partnerships/agreement/agreement-document";

/** The agreement laid out as the document the parties sign: title, parties, numbered articles. */
export function AgreementPreview({ document, title }: { document: AgreementDocument; title: string }) {
  return (
    <section aria-labelledby="agreement-preview-title" className="space-y-3">
      <h3 id="agreement-preview-title" className="text-xl font-bold">{title}</h3>
      <article aria-label={document.title} className="max-w-3xl rounded-lg border border-line bg-white p-5 shadow-sm sm:p-8">
        <header className="mb-6 border-b border-line pb-4 text-center">
          <p className="text-2xl font-bold">{document.title}</p>
          <p className="mt-1 text-lg">{document.subtitle}</p>
          <div className="mt-3 space-y-1 text-muted">
            {document.preamble.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </header>
        <ol className="space-y-5">
          {document.articles.map((article) => (
            <li key={article.number}>
              <h4 className="text-lg font-bold">{article.label}</h4>
              {article.paragraphs.flatMap((paragraph) => paragraph.split("\n")).map((paragraph, index) => (
                <p key={index} className="mt-2">{paragraph}</p>
              ))}
              {article.lists.map((list) => (
                <div key={list.title} className="mt-3">
                  <p className="font-semibold">{list.title}</p>
                  <ul className="mt-1 list-disc space-y-1 pl-6">
                    {list.items.map((item, index) => (
                      <li key={index}>{item}</li>
                    ))}
                  </ul>
                  {list.note ? <p className="mt-1 text-muted">{list.note}</p> : null}
                </div>
              ))}
            </li>
          ))}
        </ol>
      </article>
    </section>
  );
}
