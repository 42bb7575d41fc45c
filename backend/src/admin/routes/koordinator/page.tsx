import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Checkbox, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import type { Invite } from "@karya-binaan/contract"
import { useState, type FormEvent } from "react"
import { CoordinatorList } from "../../components/coordinators/coordinator-list"
import { PendingInvites } from "../../components/coordinators/pending-invites"
import { useCohorts } from "../../hooks/api/cohorts"
import { useInviteCoordinator } from "../../hooks/api/coordinator-invites"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"

/**
 * The operator's coordinators: who they are, their cohorts and last sign-in
 * (revoke access), invitations not accepted yet (resend), and a new invitation
 * for some cohorts (the server emails the sign-up link).
 */
const CoordinatorInvitePage = () => {
  const { t, format } = useKaryaTranslation()
  const { data, error: loadError } = useCohorts({ limit: 100, fields: "id,name,status" })
  const cohorts = data?.cohorts
  const invite = useInviteCoordinator()
  const [email, setEmail] = useState("")
  const [name, setName] = useState("")
  const [cohortIds, setCohortIds] = useState<string[]>([])
  const busy = invite.isPending
  const [formError, setFormError] = useState<string | null>(null)
  const error = formError ?? (loadError ? errorMessage(loadError, t) : null)
  const [sent, setSent] = useState<Invite | null>(null)

  const toggle = (id: string, on: boolean) =>
    setCohortIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setFormError(null)
    setSent(null)
    if (!cohortIds.length) {
      setFormError(t("coordinators.pickCohort"))
      return
    }
    try {
      const res = await invite.mutateAsync({ email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}), cohort_ids: cohortIds })
      setSent(res.invite)
      setEmail("")
      setName("")
      setCohortIds([])
    } catch (err) {
      setFormError(errorMessage(err, t))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("coordinators.pageTitle")}</Heading>
      </div>
      <CoordinatorList />
      <PendingInvites />
      <form onSubmit={submit} className="flex flex-col gap-4 px-6 py-4" noValidate aria-labelledby="invite-coordinator">
        <Heading level="h2" id="invite-coordinator">
          {t("coordinators.title")}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("coordinators.intro")}
        </Text>
        <div className="flex flex-col gap-1">
          <Label htmlFor="invite-email">{t("common.email")}</Label>
          <Input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="invite-name">{t("common.nameOptional")}</Label>
          <Input id="invite-name" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <fieldset className="flex flex-col gap-2">
          <legend className="txt-compact-small-plus mb-2">{t("coordinators.cohorts")}</legend>
          {!cohorts && !error && <Text size="small">{t("coordinators.loadingCohorts")}</Text>}
          {cohorts?.map((c) => (
            <div key={c.id} className="flex items-center gap-2">
              <Checkbox
                id={`cohort-${c.id}`}
                checked={cohortIds.includes(c.id)}
                onCheckedChange={(v) => toggle(c.id, v === true)}
              />
              <Label htmlFor={`cohort-${c.id}`}>{c.name}</Label>
            </div>
          ))}
        </fieldset>
        {error && (
          <Text role="alert" size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
        {sent && (
          <Text role="status" size="small" className="text-ui-fg-interactive">
            {t("common.invitationSent", { email: sent.email, expires: format.dateTime(sent.expires_at) })}
          </Text>
        )}
        <div>
          <Button type="submit" isLoading={busy} disabled={busy}>
            {t("coordinators.send")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.coordinators",
  translationNs: "karya",
})

export default CoordinatorInvitePage
