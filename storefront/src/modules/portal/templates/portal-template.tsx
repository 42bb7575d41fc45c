import type { ReactNode } from "react"

type Props = { title: string; intro?: ReactNode; notice?: ReactNode; actions?: ReactNode; children: ReactNode }

/** A portal page: its title (and main action beside it on wider screens), a notice, the content. */
export function PortalTemplate({ title, intro, notice, actions, children }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 md:py-8">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold md:text-3xl">{title}</h1>
          <div className="batik-rule mt-2 w-24" aria-hidden="true" />
        </div>
        {actions}
      </div>
      {intro ? <div className="mt-4 text-muted">{intro}</div> : null}
      {notice ? <div className="mt-4">{notice}</div> : null}
      <div className="mt-6">{children}</div>
    </div>
  )
}
