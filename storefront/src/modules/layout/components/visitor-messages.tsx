import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"

/** The few words the header's visitor links need in the browser, not the whole cart section. */
export async function VisitorMessages({ children }: { children: ReactNode }) {
  const { AccountLink, Cart } = await getMessages()
  // The fragment: next-intl and this app see two copies of @types/react; JSX bridges them.
  return (
    <NextIntlClientProvider messages={{ AccountLink, Cart: { headerLink: Cart.headerLink, headerText: Cart.headerText } }}>
      <>{children}</>
    </NextIntlClientProvider>
  )
}
