import en from "../../messages/en/catalog.json"
import id from "../../messages/id/catalog.json"
import "@/styles/globals.css"

// The root layout lives under [locale], so a path whose first segment is no
// locale (e.g. /foo.txt, which the proxy skips) fails there and lands here,
// outside every layout. It has no language of its own: it answers in both.
export default function RootNotFound() {
  return (
    <html lang="id">
      <body className="grid min-h-dvh place-items-center bg-cream p-6 text-ink">
        {/* Outside every layout, metadata exports don't apply: React hoists this title. */}
        <title>{`${id.NotFound.metaTitle} · ${en.NotFound.metaTitle} · Karya Binaan`}</title>
        <main id="main" className="max-w-lg space-y-8">
          <div className="batik-rule" aria-hidden="true" />
          <section className="space-y-3">
            <h1 className="text-3xl font-semibold">{id.NotFound.title}</h1>
            <p className="text-muted">{id.NotFound.body}</p>
            <a className="font-semibold text-maroon underline underline-offset-4" href="/">
              {id.NotFound.home}
            </a>
          </section>
          <section lang="en" className="space-y-3">
            <h2 className="text-2xl font-semibold">{en.NotFound.title}</h2>
            <p className="text-muted">{en.NotFound.body}</p>
            <a className="font-semibold text-maroon underline underline-offset-4" href="/en">
              {en.NotFound.home}
            </a>
          </section>
        </main>
      </body>
    </html>
  )
}
