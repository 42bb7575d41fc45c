import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { deleteAddress } from "@/lib/data/account-actions"
import type { AddressInput } from "@/lib/validation/address"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { AddressForm } from "../components/address-form"
import { FormNotice } from "../components/form-notice"
import { AccountTemplate } from "./account-template"
import { provinceLabel, provinceOf } from "@/lib/util/provinces"

type Props = {
  addresses: HttpTypes.StoreCustomerAddress[]
  mode: "list" | "new" | { edit: HttpTypes.StoreCustomerAddress }
  /** What the last action did: added, updated or deleted. */
  saved?: string
  back: string
}

const SAVED = new Set(["added", "updated", "deleted"])

function formDefaults(address: HttpTypes.StoreCustomerAddress): Partial<AddressInput> {
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    phone: address.phone ?? "",
    address_1: address.address_1 ?? "",
    address_2: address.address_2 ?? "",
    city: address.city ?? "",
    province: (provinceOf(address.province) ?? address.province ?? "") as AddressInput["province"],
    postal_code: address.postal_code ?? "",
  }
}

const fullName = (a: HttpTypes.StoreCustomerAddress) => [a.first_name, a.last_name].filter(Boolean).join(" ")

export function AddressBook({ addresses, mode, saved, back }: Props) {
  const t = useTranslations("Addresses")
  const editing = typeof mode === "object" ? mode.edit : null
  const button = "rounded-md border-2 border-maroon px-4 py-2 font-semibold text-maroon hover:bg-maroon hover:text-white"
  return (
    <AccountTemplate title={t("title")} section="/account/addresses">
      {saved && SAVED.has(saved) && mode === "list" ? (
        <div className="mb-6">
          <FormNotice tone="success">{t(`saved.${saved as "added"}`)}</FormNotice>
        </div>
      ) : null}

      {mode !== "list" ? (
        <section aria-labelledby="address-form-title" className="mb-8 rounded-lg border border-line bg-white p-4 sm:p-6">
          <h2 id="address-form-title" className="mb-4 text-2xl font-semibold">
            {editing ? t("editTitle") : t("addTitle")}
          </h2>
          <ClientMessages sections={["Address", "AccountForm"]}>
            <AddressForm
              key={editing?.id ?? "new"}
              addressId={editing?.id}
              defaults={editing ? formDefaults(editing) : {}}
              back={back}
              labelledBy="address-form-title"
            />
          </ClientMessages>
          <Link href="/account/addresses" className="mt-4 inline-block text-maroon underline underline-offset-4">
            {t("cancel")}
          </Link>
        </section>
      ) : (
        <Link href={{ pathname: "/account/addresses", query: { new: "1" } }} className={`mb-6 inline-block ${button}`}>
          {t("add")}
        </Link>
      )}

      {addresses.length ? (
        <ul aria-label={t("listLabel")} className="grid gap-3 sm:grid-cols-2">
          {addresses.map((address) => (
            <li key={address.id} className="flex flex-col rounded-lg border border-line bg-white p-4">
              <address className="flex-1 not-italic leading-relaxed">
                <strong className="block">{fullName(address)}</strong>
                {address.address_1}
                {address.address_2 ? <span className="block">{address.address_2}</span> : <br />}
                {address.city}, {provinceLabel(address.province)} {address.postal_code}
                <span className="block text-muted">{address.phone}</span>
              </address>
              <div className="mt-3 flex gap-4">
                <Link
                  href={{ pathname: "/account/addresses", query: { edit: address.id } }}
                  aria-label={t("editLabel", { name: fullName(address) })}
                  className="font-semibold text-maroon underline underline-offset-4"
                >
                  {t("edit")}
                </Link>
                <form action={deleteAddress}>
                  <input type="hidden" name="address_id" value={address.id} />
                  <input type="hidden" name="back" value={back} />
                  <button
                    type="submit"
                    aria-label={t("deleteLabel", { name: fullName(address) })}
                    className="font-semibold text-red-800 underline underline-offset-4"
                  >
                    {t("delete")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </AccountTemplate>
  )
}
