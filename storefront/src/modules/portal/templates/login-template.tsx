import { getTranslations } from "next-intl/server"
import { FormNotice } from "@/modules/account/components/form-notice"
import { AuthTemplate } from "@/modules/account/templates/auth-template"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { formSections, type LoginParams, type Portal } from "../portal"
import { LoginForm } from "../components/login-form"

type Props = {
  portal: Portal
  /** Where the form goes after logging in (already checked to be this site's). */
  next?: string
  /** Why the person is here again: they logged out, or their session ran out. */
  params: LoginParams
}

/** A portal's login page: who it is for, email and password, and that accounts come by invitation only. */
export async function LoginTemplate({ portal, next, params }: Props) {
  const t = await getTranslations()
  const words = portal.words.login
  const notice =
    params.loggedOut ? (
      <FormNotice tone="success">{t(`${words}.loggedOut`)}</FormNotice>
    ) : params.expired ? (
      <FormNotice tone="error">{t(`${words}.expired`)}</FormNotice>
    ) : null
  return (
    <AuthTemplate title={t(`${words}.title`)} intro={t(`${words}.intro`)} notice={notice} footer={<p>{t(`${words}.inviteOnly`)}</p>}>
      <ClientMessages sections={formSections(portal)}>
        <LoginForm login={portal.login} messages={portal.words.form} next={next} />
      </ClientMessages>
    </AuthTemplate>
  )
}

