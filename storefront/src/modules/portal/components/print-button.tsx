"use client"

/** Opens the browser's print dialog; hidden on paper. */
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
