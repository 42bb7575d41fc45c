import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect as redirectTo } from "next/navigation"
import { Link, redirect } from "@/i18n/navigation"
import { getCustomer } from "@/lib/data/customer"
import { privatePageMetadata } from "@/lib/private-metadata"
import { safeNextPath } from "@/lib/util/next-path"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { FormNotice } from "@/modules/account/components/form-notice"
import { LoginForm } from "@/modules/account/components/login-form"
import { AuthTemplate } from "@/modules/account/templates/auth-template"

type Props = { searchParams: Promise<{ next?: string; reset?: string; loggedOut?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/account/login", (await getTranslations("Login"))("metaTitle"))
}

export default async function LoginPage({ searchParams }: Props) {
  const [params, t, locale, customer] = await Promise.all([searchParams, getTranslations("Login"), getLocale(), getCustomer()])
  const next = safeNextPath(params.next) ?? undefined
  // Already logged in: straight on to where the visitor was going.
  if (customer) {
    if (next) redirectTo(next)
    redirect({ href: "/account", locale })
  }
  const notice = params.reset ? t("passwordReset") : params.loggedOut ? t("loggedOut") : null
  return (
    <AuthTemplate
      title={t("title")}
      intro={t("intro")}
      notice={notice && <FormNotice tone="success">{notice}</FormNotice>}
      footer={
        <p>
          {t("noAccount")}{" "}
          <Link
            href={{ pathname: "/account/register", query: next ? { next } : {} }}
            className="font-semibold text-maroon underline underline-offset-4"
          >
            {t("registerLink")}
          </Link>
        </p>
      }
    >
      <ClientMessages sections={["Address", "AccountForm"]}>
        <LoginForm next={next} />
      </ClientMessages>
    </AuthTemplate>
  )
}
