import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ForgotPasswordForm } from "@/modules/account/components/forgot-password-form"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account/forgot-password", (await getTranslations("ForgotPassword"))("metaTitle"))
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword")
  return (
    <AuthTemplate
      title={t("title")}
      intro={t("intro")}
      footer={
        <Link href="/account/login" className="font-semibold text-maroon underline underline-offset-4">
          {t("backToLogin")}
        </Link>
      }
    >
      <ClientMessages sections={["Address", "AccountForm"]}>
        <ForgotPasswordForm />
      </ClientMessages>
    </AuthTemplate>
  )
}
