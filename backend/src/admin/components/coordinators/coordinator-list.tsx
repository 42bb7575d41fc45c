import { Badge, Button, Heading, Text, usePrompt } from "@medusajs/ui"
import type { AdminCoordinator } from "@karya-binaan/contract"
import { useState } from "react"
import { useCoordinators, useRevokeCoordinator } from "../../hooks/api/coordinators"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"

/**
 * Every coordinator: name, email, cohorts, last sign-in and status, with
 * "Revoke access" after a confirmation. One card a row, so it reads on a phone.
 */
export function CoordinatorList() {
  const { t, format } = useKaryaTranslation()
  const { data, error: loadError, isLoading } = useCoordinators()
  const revoke = useRevokeCoordinator()
  const prompt = usePrompt()
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const onRevoke = async (c: AdminCoordinator) => {
    setError(null)
    setDone(null)
    const confirmed = await prompt({
      title: t("coordinators.list.revokeTitle", { name: c.name }),
      description: t("coordinators.list.revokeDescription"),
      confirmText: t("coordinators.list.revoke"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) return
    try {
      await revoke.mutateAsync(c.id)
      setDone(t("coordinators.list.revoked", { name: c.name }))
    } catch (err) {
      setError(errorMessage(err, t))
    }
  }

  const shown = error ?? (loadError ? errorMessage(loadError, t) : null)
  return (
    <section aria-labelledby="coordinator-list" className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2" id="coordinator-list">
        {t("coordinators.list.title")}
      </Heading>
      {isLoading && <Text size="small">{t("common.loading")}</Text>}
      {data && !data.coordinators.length && <Text size="small">{t("coordinators.list.empty")}</Text>}
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
        {data?.coordinators.map((c) => (
          <li key={c.id} aria-label={c.name} className="flex flex-col gap-2 rounded-md border p-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="flex min-w-0 flex-col gap-1">
              <Text weight="plus" className="break-words">
                {c.name}{" "}
                <Badge size="2xsmall" color={c.status === "active" ? "green" : "red"}>
                  {c.status === "active" ? t("coordinators.list.status.active") : t("coordinators.list.status.inactive")}
                </Badge>
              </Text>
              <Text size="small" className="break-all text-ui-fg-subtle">
                {c.email}
              </Text>
              <Text size="small">
                {t("coordinators.cohorts")}: {c.cohorts.map((cohort) => cohort.name).join(", ") || "—"}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {c.last_login_at ? t("coordinators.list.lastLogin", { when: format.dateTime(c.last_login_at) }) : t("coordinators.list.neverLoggedIn")}
              </Text>
            </div>
            {c.status === "active" && (
              <div>
                <Button size="small" variant="danger" isLoading={revoke.isPending && revoke.variables === c.id} onClick={() => onRevoke(c)}>
                  {t("coordinators.list.revoke")}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
