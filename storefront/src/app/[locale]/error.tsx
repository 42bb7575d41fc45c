"use client"

import { ErrorTemplate } from "@/modules/common/templates/error-template"

// Errors in a layout below the root (the shop's or the portal's): a bare page, still with <main>.
// `retry` re-fetches the segment, so a backend that was briefly down recovers.
export default function LocaleError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
      <ErrorTemplate retry={retry} />
    </main>
  )
}
