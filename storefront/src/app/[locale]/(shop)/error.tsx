"use client"

import { ErrorTemplate } from "@/modules/common/templates/error-template"

// The error boundary for every page under the layout: the header and footer stay.
// `retry` re-fetches the segment, so a backend that was briefly down recovers.
export default function LocaleError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorTemplate retry={retry} />
}
