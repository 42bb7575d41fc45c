import type { ReactNode } from "react"

/** A section title with the batik rule under it; `id` lets the section be linked to. */
export function SectionHeading({ id, children, intro }: { id?: string; children: ReactNode; intro?: ReactNode }) {
  return (
    <div className="mb-5">
      <h2 id={id} className="text-2xl font-semibold text-ink md:text-3xl">
        {children}
      </h2>
      <div className="batik-rule mt-2 w-24" aria-hidden="true" />
      {intro ? <p className="mt-3 max-w-2xl text-muted">{intro}</p> : null}
    </div>
  )
}
