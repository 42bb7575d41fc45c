"use client"

import { ErrorTemplate } from "@/modules/common/templates/error-template"

// Errors in a portal page: the portal's header stays, `retry` re-fetches the segment.
export default function OutletError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorTemplate retry={retry} />
}
