import type { ReactNode } from "react"

/**
 * A message about the whole form or page. Errors are alerts (read at once);
 * confirmations are polite status updates. Both wrap anywhere: they often
 * quote an email address, longer than a phone's line.
 */
export function FormNotice({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  if (!children) return null
  return tone === "error" ? (
    <div role="alert" className="rounded-md border-2 border-red-700 bg-white p-3 text-red-800 [overflow-wrap:anywhere]">
      {children}
    </div>
  ) : (
    <div role="status" className="rounded-md border-2 border-leaf bg-white p-3 text-leaf [overflow-wrap:anywhere]">
      {children}
    </div>
  )
}
