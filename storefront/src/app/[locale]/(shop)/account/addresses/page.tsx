import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { privatePageMetadata } from "@/lib/private-metadata"
import { AddressBook } from "@/modules/account/templates/address-book"

type Props = { searchParams: Promise<{ new?: string; edit?: string; saved?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account/addresses", (await getTranslations("Addresses"))("metaTitle"))
}

/** The address book: the list, with ?new=1 showing the add form and ?edit=<id> the edit form. */
export default async function AddressesPage({ searchParams }: Props) {
  const customer = await requireCustomer("/account/addresses")
  const [params, locale] = await Promise.all([searchParams, getLocale()])
  const addresses = customer.addresses ?? []
  const editing = params.edit ? (addresses.find((a) => a.id === params.edit) ?? null) : null
  return (
    <AddressBook
      addresses={addresses}
      mode={editing ? { edit: editing } : params.new ? "new" : "list"}
      saved={params.saved}
      back={getPathname({ locale, href: "/account/addresses" })}
    />
  )
}
