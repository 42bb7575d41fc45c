"use client"

/** Opens the browser's print dialog (the invoice page prints without the portal's header). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-maroon px-4 py-2 font-semibold text-white print:hidden">
      {label}
    </button>
  )
}
