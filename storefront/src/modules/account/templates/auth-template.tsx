import type { ReactNode } from "react"

type Props = { title: string; intro?: ReactNode; notice?: ReactNode; children: ReactNode; footer?: ReactNode }

/** Login, registration and password pages: one narrow column that reads well on a phone. */
export function AuthTemplate({ title, intro, notice, children, footer }: Props) {
  return (
    <div className="batik-parang">
      <div className="mx-auto max-w-lg px-4 py-10">
        <div className="rounded-lg border border-line bg-cream p-5 shadow-sm sm:p-8">
          <h1 className="text-3xl font-bold">{title}</h1>
          <div className="batik-rule mt-2 mb-4 w-24" aria-hidden="true" />
          {intro ? <p className="mb-6 text-muted">{intro}</p> : null}
          {notice ? <div className="mb-6">{notice}</div> : null}
          {children}
          {footer ? <div className="mt-6 border-t border-line pt-4 text-sm">{footer}</div> : null}
        </div>
      </div>
    </div>
  )
}
