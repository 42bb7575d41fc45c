import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { privatePageMetadata } from "@/lib/private-metadata"
import { registrationEmail } from "@/lib/util/registration-token"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ConfirmRegistrationForm } from "@/modules/account/components/confirm-registration-form"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

type Props = { searchParams: Promise<{ token?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await privatePageMetadata("/account/register/confirm", (await getTranslations("RegisterConfirm"))("metaTitle"))),
    // The address holds a secret token: don't send it on to other sites.
    referrer: "no-referrer",
  }
}

/** Where the registration email lands: /akun/daftar/konfirmasi?token=… (the backend checks the token). */
export default async function ConfirmRegistrationPage({ searchParams }: Props) {
  const [{ token }, t, form] = await Promise.all([searchParams, getTranslations("RegisterConfirm"), getTranslations("AccountForm")])
  const email = typeof token === "string" ? registrationEmail(token) : null
  if (typeof token !== "string" || !email) {
    return (
      <AuthTemplate title={t("title")}>
        <FormNotice tone="error">
          {form("messages.registerLinkInvalid")}{" "}
          <Link href="/account/register" className="font-semibold underline underline-offset-4">
            {form("actions.registerAgain")}
          </Link>
        </FormNotice>
      </AuthTemplate>
    )
  }
  return (
    <AuthTemplate title={t("title")} intro={t("intro", { email })}>
      <ClientMessages sections={["Address", "AccountForm"]}>
        <ConfirmRegistrationForm email={email} token={token} />
      </ClientMessages>
    </AuthTemplate>
  )
}
