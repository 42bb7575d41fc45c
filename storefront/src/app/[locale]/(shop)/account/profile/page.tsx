import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { getPathname } from "@/i18n/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ProfileForm } from "@/modules/account/components/profile-form"
import { AccountTemplate } from "@/modules/account/templates/account-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account/profile", (await getTranslations("Profile"))("metaTitle"))
}

export default async function ProfilePage() {
  const customer = await requireCustomer("/account/profile")
  const [t, locale] = await Promise.all([getTranslations("Profile"), getLocale()])
  return (
    <AccountTemplate title={t("title")} section="/account/profile">
      <dl className="mb-6 rounded-lg border border-line bg-sand p-4">
        <dt className="text-sm font-semibold">{t("emailLabel")}</dt>
        <dd className="text-lg break-all">{customer.email}</dd>
        <dd className="mt-1 text-sm text-muted">{t("emailNote")}</dd>
      </dl>
      <div className="max-w-xl">
        <ClientMessages sections={["Address", "AccountForm"]}>
          <ProfileForm
            back={getPathname({ locale, href: "/account/profile" })}
            defaults={{ first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", phone: customer.phone ?? "" }}
          />
        </ClientMessages>
      </div>
    </AccountTemplate>
  )
}
