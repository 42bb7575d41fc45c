import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import type { AdminOutlet as Outlet, ConsignmentStock as Consignment, Invite } from "@karya-binaan/contract"
import { useState, type FormEvent, type ReactNode } from "react"
import { useInviteOutletBuyer, useOutletConsignments, useOutlets, useReturnConsignment } from "../../hooks/api/outlets"
import { WideTable } from "../../components/wide-table"
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
      <div className="flex w-full flex-col gap-1 md:w-auto">
        <Label htmlFor={`email-${outlet.id}`} size="xsmall">
          {t("outlets.buyerEmail")}
        </Label>
        <Input id={`email-${outlet.id}`} type="email" size="small" value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="flex w-full flex-col gap-1 md:w-auto">
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

const COUNTS = ["placed", "sold", "returned", "open"] as const

/**
 * Goods consigned at the outlet, batch by batch, with returning unsold units
 * to the cohort. A table from a tablet's width up; on a phone each batch is a
 * card, so the counts and the return button fit the screen without scrolling
 * sideways. Only one of the two is displayed (and so in the accessibility tree).
 */
const Consignments = ({ outlet }: { outlet: Outlet }) => {
  const { t } = useKaryaTranslation()
  const { data, error: loadError } = useOutletConsignments(outlet.id)
  const rows = data?.consignments
  const giveBackMutation = useReturnConsignment()
  const failed = giveBackMutation.error ?? loadError
  const error = failed ? errorMessage(failed, t) : null
  const busy = giveBackMutation.isPending ? giveBackMutation.variables.placement_id : null

  // Written out key by key: the translations test finds every key a page uses.
  const countLabel: Record<(typeof COUNTS)[number], string> = {
    placed: t("outlets.consignments.placed"),
    sold: t("outlets.consignments.sold"),
    returned: t("outlets.consignments.returned"),
    open: t("outlets.consignments.open"),
  }

  // What the page offers is what it last read; a refusal (units gone meanwhile) is shown, not re-read.
  const giveBackButton = (row: Consignment, className?: string) =>
    row.open > 0 ? (
      <Button
        size="small"
        variant="secondary"
        className={className}
        isLoading={busy === row.placement_id}
        onClick={() => giveBackMutation.mutate({ placement_id: row.placement_id, quantity: row.open })}
      >
        {t("outlets.consignments.giveBack", { count: row.open })}
      </Button>
    ) : null

  if (!rows?.length && !error) return <Text size="small">{t("outlets.consignments.none")}</Text>
  return (
    <div className="flex flex-col gap-2">
      <Text weight="plus">{t("outlets.consignments.title")}</Text>
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      <ul className="flex flex-col gap-2 md:hidden" aria-label={t("outlets.consignments.title")}>
        {rows?.map((row) => (
          <li key={row.placement_id} className="flex flex-col gap-2 rounded-lg border border-ui-border-base p-3">
            <Text size="small" weight="plus">
              {row.sku} <span className="font-normal text-ui-fg-subtle">{row.product_title}</span>
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("outlets.consignments.batch")}: {row.batch_code}
            </Text>
            <dl className="grid grid-cols-4 gap-1 text-center">
              {COUNTS.map((count) => (
                <div key={count} className="flex flex-col">
                  <dt className="txt-compact-xsmall text-ui-fg-subtle">{countLabel[count]}</dt>
                  <dd className="txt-compact-small-plus">{row[count]}</dd>
                </div>
              ))}
            </dl>
            {giveBackButton(row, "w-full")}
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <WideTable>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("outlets.consignments.sku")}</Table.HeaderCell>
              <Table.HeaderCell>{t("outlets.consignments.batch")}</Table.HeaderCell>
              {COUNTS.map((count) => (
                <Table.HeaderCell key={count}>{countLabel[count]}</Table.HeaderCell>
              ))}
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
                {COUNTS.map((count) => (
                  <Table.Cell key={count}>{row[count]}</Table.Cell>
                ))}
                <Table.Cell>{giveBackButton(row, "whitespace-nowrap")}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </WideTable>
      </div>
    </div>
  )
}

/** One line of an outlet's details: the label above its value on a phone, beside it from a tablet up. */
const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-0.5 py-2 md:grid md:grid-cols-[12rem_1fr] md:gap-4">
    <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
    <dd className="txt-compact-small break-words">{children}</dd>
  </div>
)

/** Pertamina partner outlets: terms, their own channel and price list, and inviting buyers. */
const OutletsPage = () => {
  const { t, format } = useKaryaTranslation()
  const { data, error: loadError } = useOutlets()
  const outlets = data?.outlets
  const error = loadError ? errorMessage(loadError, t) : null

  return (
    <Container className="divide-y p-0">
      <div className="px-4 py-4 md:px-6">
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
        <div key={outlet.id} className="flex min-w-0 flex-col gap-3 px-4 py-4 md:px-6">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h2">{outlet.name}</Heading>
            <Badge size="2xsmall" color={outlet.status === "active" ? "green" : "grey"}>
              {outlet.status === "active" ? t("outlets.active") : t("outlets.inactive")}
            </Badge>
          </div>
          <dl className="divide-y divide-ui-border-base">
            <Detail label={t("outlets.programme")}>{outlet.pertamina_centre}</Detail>
            <Detail label={t("outlets.contact")}>
              {outlet.contact_name}, {outlet.contact_phone} ({outlet.city})
            </Detail>
            <Detail label={t("outlets.termsMinimum")}>
              {t("outlets.termsValue", { count: outlet.payment_terms_days, minimum: format.money(outlet.minimum_order_value) })}
            </Detail>
            <Detail label={t("outlets.channelPriceList")}>
              {outlet.sales_channel?.name ?? "—"} / {outlet.price_list?.title ?? "—"}
            </Detail>
            <Detail label={t("outlets.cartons")}>{t("outlets.casePacks", { count: outlet.case_packs?.length ?? 0 })}</Detail>
          </dl>
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
