import { Badge, Button, Heading, Text } from "@medusajs/ui"
import type { AdminCoordinatorInvite } from "@karya-binaan/contract"
import { useState } from "react"
import { useCoordinatorInvites, useResendCoordinatorInvite } from "../../hooks/api/coordinator-invites"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"

/** Invitations not accepted yet (expired ones marked), each with "Resend". */
export function PendingInvites() {
  const { t, format } = useKaryaTranslation()
  const { data, error: loadError, isLoading } = useCoordinatorInvites()
  const resend = useResendCoordinatorInvite()
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const onResend = async (invite: AdminCoordinatorInvite) => {
    setError(null)
    setDone(null)
    try {
      const res = await resend.mutateAsync(invite.id)
      setDone(t("common.invitationSent", { email: res.invite.email, expires: format.dateTime(res.invite.expires_at) }))
    } catch (err) {
      setError(errorMessage(err, t))
    }
  }

  const shown = error ?? (loadError ? errorMessage(loadError, t) : null)
  return (
    <section aria-labelledby="pending-invites" className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2" id="pending-invites">
        {t("coordinators.invites.title")}
      </Heading>
      {isLoading && <Text size="small">{t("common.loading")}</Text>}
      {data && !data.invites.length && <Text size="small">{t("coordinators.invites.empty")}</Text>}
      {shown && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {shown}
        </Text>
      )}
      {done && (
        <Text role="status" size="small" className="text-ui-fg-interactive">
          {done}
        </Text>
      )}
      <ul className="flex flex-col gap-2">
        {data?.invites.map((invite) => (
          <li key={invite.id} aria-label={invite.email} className="flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="flex min-w-0 flex-col gap-1">
              <Text weight="plus" className="break-all">
                {invite.email}
                {invite.name ? ` · ${invite.name}` : ""}
              </Text>
              <Text size="small">
                {t("coordinators.cohorts")}: {invite.cohorts.map((c) => c.name).join(", ") || "—"}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {invite.expired ? (
                  <Badge size="2xsmall" color="orange">
                    {t("coordinators.invites.expired")}
                  </Badge>
                ) : (
                  t("coordinators.invites.validUntil", { when: format.dateTime(invite.expires_at) })
                )}
              </Text>
            </div>
            <div>
              <Button size="small" variant="secondary" isLoading={resend.isPending && resend.variables === invite.id} onClick={() => onResend(invite)}>
                {t("coordinators.invites.resend")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
