import type { ReactNode } from "react"
import { AccountNav, type AccountSection } from "../components/account-nav"

type Props = { title: string; section: AccountSection; intro?: ReactNode; children: ReactNode }

/** Every page behind the login: its title, the account menu and the page's own content. */
export function AccountTemplate({ title, section, intro, children }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-col gap-6 md:flex-row md:gap-10">
        <AccountNav current={section} />
        <div className="min-w-0 flex-1">
          <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
          <div className="batik-rule mt-2 mb-6 w-24" aria-hidden="true" />
          {intro ? <div className="mb-6 text-muted">{intro}</div> : null}
          {children}
        </div>
      </div>
    </div>
  )
}
