import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import type { AdminOutlet as Outlet, ConsignmentStock as Consignment, Invite } from "@karya-binaan/contract"
import { useState, type FormEvent } from "react"
import { useInviteOutletBuyer, useOutletConsignments, useOutlets, useReturnConsignment } from "../../hooks/api/outlets"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"

/** One outlet's buyer invitation form: the server emails the sign-up link. */
const InviteBuyer = ({ outlet }: { outlet: Outlet }) => {
  const { t, format } = useKaryaTranslation()
  const [email, setEmail] = useState("")
  const [name, setName] = useState("")
  const invite = useInviteOutletBuyer(outlet.id)
  const busy = invite.isPending
  const error = invite.error ? errorMessage(invite.error, t) : null
  const [sent, setSent] = useState<Invite | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setSent(null)
    try {
      const res = await invite.mutateAsync({ email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) })
      setSent(res.invite)
      setEmail("")
      setName("")
    } catch {
      // The refusal is shown from invite.error.
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" noValidate aria-label={t("outlets.inviteForm", { outlet: outlet.name })}>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`email-${outlet.id}`} size="xsmall">
          {t("outlets.buyerEmail")}
        </Label>
        <Input id={`email-${outlet.id}`} type="email" size="small" value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor={`name-${outlet.id}`} size="xsmall">
          {t("common.nameOptional")}
        </Label>
        <Input id={`name-${outlet.id}`} size="small" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <Button type="submit" size="small" variant="secondary" isLoading={busy} disabled={busy}>
        {t("outlets.inviteBuyer")}
      </Button>
      {error && (
        <Text role="alert" size="small" className="w-full text-ui-fg-error">
          {error}
        </Text>
      )}
      {sent && (
        <Text role="status" size="small" className="w-full text-ui-fg-interactive">
          {t("common.invitationSent", { email: sent.email, expires: format.dateTime(sent.expires_at) })}
        </Text>
      )}
    </form>
  )
}

/** Goods consigned at the outlet, batch by batch, with returning unsold units to the cohort. */
const Consignments = ({ outlet }: { outlet: Outlet }) => {
  const { t } = useKaryaTranslation()
  const { data, error: loadError } = useOutletConsignments(outlet.id)
  const rows = data?.consignments
  const giveBackMutation = useReturnConsignment()
  const failed = giveBackMutation.error ?? loadError
  const error = failed ? errorMessage(failed, t) : null
  const busy = giveBackMutation.isPending ? giveBackMutation.variables.placement_id : null

  // What the page offers is what it last read; a refusal (units gone meanwhile) is shown, not re-read.
  const giveBack = (row: Consignment) => giveBackMutation.mutate({ placement_id: row.placement_id, quantity: row.open })

  if (!rows?.length && !error) return <Text size="small">{t("outlets.consignments.none")}</Text>
  return (
    <div className="flex flex-col gap-2">
      <Text weight="plus">{t("outlets.consignments.title")}</Text>
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("outlets.consignments.sku")}</Table.HeaderCell>
            <Table.HeaderCell>{t("outlets.consignments.batch")}</Table.HeaderCell>
            <Table.HeaderCell>{t("outlets.consignments.placed")}</Table.HeaderCell>
            <Table.HeaderCell>{t("outlets.consignments.sold")}</Table.HeaderCell>
            <Table.HeaderCell>{t("outlets.consignments.returned")}</Table.HeaderCell>
            <Table.HeaderCell>{t("outlets.consignments.open")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows?.map((row) => (
            <Table.Row key={row.placement_id}>
              <Table.Cell>
                {row.sku} <span className="text-ui-fg-subtle">{row.product_title}</span>
              </Table.Cell>
              <Table.Cell>{row.batch_code}</Table.Cell>
              <Table.Cell>{row.placed}</Table.Cell>
              <Table.Cell>{row.sold}</Table.Cell>
              <Table.Cell>{row.returned}</Table.Cell>
              <Table.Cell>{row.open}</Table.Cell>
              <Table.Cell>
                {row.open > 0 ? (
                  <Button size="small" variant="secondary" isLoading={busy === row.placement_id} onClick={() => giveBack(row)}>
                    {t("outlets.consignments.giveBack", { count: row.open })}
                  </Button>
                ) : null}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Pertamina partner outlets: terms, their own channel and price list, and inviting buyers. */
const OutletsPage = () => {
  const { t, format } = useKaryaTranslation()
  const { data, error: loadError } = useOutlets()
  const outlets = data?.outlets
  const error = loadError ? errorMessage(loadError, t) : null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("outlets.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("outlets.intro")}
        </Text>
      </div>
      {error && (
        <Text role="alert" size="small" className="px-6 py-4 text-ui-fg-error">
          {error}
        </Text>
      )}
      {!outlets && !error && <Text className="px-6 py-4">{t("outlets.loading")}</Text>}
      {outlets?.length === 0 && <Text className="px-6 py-4">{t("outlets.empty")}</Text>}
      {outlets?.map((outlet) => (
        <div key={outlet.id} className="flex flex-col gap-3 px-6 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h2">{outlet.name}</Heading>
            <Badge size="2xsmall" color={outlet.status === "active" ? "green" : "grey"}>
              {outlet.status === "active" ? t("outlets.active") : t("outlets.inactive")}
            </Badge>
          </div>
          <Table>
            <Table.Body>
              <Table.Row>
                <Table.Cell>{t("outlets.programme")}</Table.Cell>
                <Table.Cell>{outlet.pertamina_centre}</Table.Cell>
              </Table.Row>
              <Table.Row>
                <Table.Cell>{t("outlets.contact")}</Table.Cell>
                <Table.Cell>
                  {outlet.contact_name}, {outlet.contact_phone} ({outlet.city})
                </Table.Cell>
              </Table.Row>
              <Table.Row>
                <Table.Cell>{t("outlets.termsMinimum")}</Table.Cell>
                <Table.Cell>
                  {t("outlets.termsValue", { count: outlet.payment_terms_days, minimum: format.money(outlet.minimum_order_value) })}
                </Table.Cell>
              </Table.Row>
              <Table.Row>
                <Table.Cell>{t("outlets.channelPriceList")}</Table.Cell>
                <Table.Cell>
                  {outlet.sales_channel?.name ?? "—"} / {outlet.price_list?.title ?? "—"}
                </Table.Cell>
              </Table.Row>
              <Table.Row>
                <Table.Cell>{t("outlets.cartons")}</Table.Cell>
                <Table.Cell>{t("outlets.casePacks", { count: outlet.case_packs?.length ?? 0 })}</Table.Cell>
              </Table.Row>
            </Table.Body>
          </Table>
          <Consignments outlet={outlet} />
          <InviteBuyer outlet={outlet} />
        </div>
      ))}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "nav.outlets",
  translationNs: "karya",
})

export default OutletsPage
