import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import type { Messages } from "@/i18n/messages"

/**
 * Hands client components the message sections they translate with, and only
 * those: the layout's provider carries just the error page's words.
 */
export async function ClientMessages({ sections, children }: { sections: (keyof Messages)[]; children: ReactNode }) {
  const messages = await getMessages()
  const picked = Object.fromEntries(sections.map((section) => [section, messages[section]]))
  // The fragment: next-intl and this app see two copies of @types/react; JSX bridges them.
  return (
    <NextIntlClientProvider messages={picked}>
      <>{children}</>
    </NextIntlClientProvider>
  )
}
