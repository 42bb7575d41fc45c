import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ResetPasswordForm } from "@/modules/account/components/reset-password-form"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

type Props = { searchParams: Promise<{ token?: string; email?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return {
    ...(await privatePageMetadata("/account/reset-password", (await getTranslations("ResetPassword"))("metaTitle"))),
    // The address holds a secret token: don't send it on to other sites.
    referrer: "no-referrer",
  }
}

/** Where the emailed link lands: /akun/atur-ulang-sandi?token=…&email=… */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const [{ token, email }, t, form] = await Promise.all([searchParams, getTranslations("ResetPassword"), getTranslations("AccountForm")])
  if (typeof token !== "string" || !token || typeof email !== "string" || !email) {
    return (
      <AuthTemplate title={t("title")}>
        <FormNotice tone="error">
          {t("missingToken")}{" "}
          <Link href="/account/forgot-password" className="font-semibold underline underline-offset-4">
            {form("actions.requestNewLink")}
          </Link>
        </FormNotice>
      </AuthTemplate>
    )
  }
  return (
    <AuthTemplate title={t("title")} intro={t("intro", { email })}>
      <ClientMessages sections={["Address", "AccountForm"]}>
        <ResetPasswordForm email={email} token={token} />
      </ClientMessages>
    </AuthTemplate>
  )
}
