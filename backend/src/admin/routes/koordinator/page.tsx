import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Checkbox, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage, sdk } from "../../lib/sdk"

type Cohort = { id: string; name: string; status?: string }
type Invite = { id: string; email: string; expires_at: string }

/** Invite a coordinator for some cohorts; the server emails them the sign-up link. */
const CoordinatorInvitePage = () => {
  const { t, format } = useKaryaTranslation()
  const [cohorts, setCohorts] = useState<Cohort[] | null>(null)
  const [email, setEmail] = useState("")
  const [name, setName] = useState("")
  const [cohortIds, setCohortIds] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<Invite | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<{ cohorts: Cohort[] }>("/admin/cohorts", { query: { limit: 100, fields: "id,name,status" } })
      .then((res) => setCohorts(res.cohorts))
      .catch((e) => setError(errorMessage(e, t)))
  }, [t])

  const toggle = (id: string, on: boolean) =>
    setCohortIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setError(null)
    setSent(null)
    if (!cohortIds.length) {
      setError(t("coordinators.pickCohort"))
      return
    }
    setBusy(true)
    try {
      const res = await sdk.client.fetch<{ invite: Invite }>("/admin/coordinator-invites", {
        method: "POST",
        body: { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}), cohort_ids: cohortIds },
      })
      setSent(res.invite)
      setEmail("")
      setName("")
      setCohortIds([])
    } catch (err) {
      setError(errorMessage(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("coordinators.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("coordinators.intro")}
        </Text>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-4 px-6 py-4" noValidate>
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
          {cohorts === null && !error && <Text size="small">{t("coordinators.loadingCohorts")}</Text>}
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
