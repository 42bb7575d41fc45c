"use client"

/** Opens the browser's print dialog (a statement, an invoice); hidden on paper, like the portal's header. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark print:hidden"
    >
      {label}
    </button>
  )
}
