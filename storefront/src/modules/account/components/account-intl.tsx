import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/**
 * The words the account forms (client components) need, and no more: the
 * root layout only ships the error page's messages to the browser.
 */
export async function AccountIntl({ children }: { children: ReactNode }) {
  const { Error, Address, AccountForm } = await getMessages()
  return (
    <NextIntlClientProvider messages={{ Error, Address, AccountForm }}>
      <>{children}</>
    </NextIntlClientProvider>
  )
}
