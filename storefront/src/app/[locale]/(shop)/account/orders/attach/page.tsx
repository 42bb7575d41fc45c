import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getAuthToken } from "@/lib/data/cookies"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { AttachOrderForm } from "@/modules/account/components/attach-order-form"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

type Props = { searchParams: Promise<{ order?: string; token?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await privatePageMetadata("/account/orders/attach", (await getTranslations("GuestOrders"))("metaTitle"))),
    // The address holds a secret token: don't send it on to other sites.
    referrer: "no-referrer",
  }
}

/**
 * Where the order-transfer email lands: /akun/pesanan/tautkan?order=…&token=…
 * Opening it changes nothing; the button does (Medusa's transfer accept).
 */
export default async function AttachOrderPage({ searchParams }: Props) {
  const [{ order, token }, t, loggedIn] = await Promise.all([searchParams, getTranslations("GuestOrders"), getAuthToken().then(Boolean)])
  if (typeof order !== "string" || !order || typeof token !== "string" || !token) {
    return (
      <AuthTemplate title={t("title")}>
        <FormNotice tone="error">{t("invalid")}</FormNotice>
      </AuthTemplate>
    )
  }
  return (
    <AuthTemplate title={t("title")} intro={t("intro")}>
      <ClientMessages sections={["GuestOrders"]}>
        <AttachOrderForm order={order} token={token} loggedIn={loggedIn} />
      </ClientMessages>
    </AuthTemplate>
  )
}
