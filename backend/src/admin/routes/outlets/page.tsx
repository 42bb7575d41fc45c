import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage, sdk } from "../../lib/sdk"

type Outlet = {
  id: string
  name: string
  handle: string
  pertamina_centre: string
  city: string
  contact_name: string
  contact_phone: string
  payment_terms_days: number
  minimum_order_value: number
  status: string
  case_packs?: { product_id: string; units: number }[]
  sales_channel?: { id: string; name: string } | null
  price_list?: { id: string; title: string } | null
}
type Invite = { id: string; email: string; expires_at: string }

/** One outlet's buyer invitation form: the server emails the sign-up link. */
const InviteBuyer = ({ outlet }: { outlet: Outlet }) => {
  const { t, format } = useKaryaTranslation()
  const [email, setEmail] = useState("")
  const [name, setName] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<Invite | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setSent(null)
    try {
      const res = await sdk.client.fetch<{ invite: Invite }>(`/admin/outlets/${outlet.id}/invites`, {
        method: "POST",
        body: { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) },
      })
      setSent(res.invite)
      setEmail("")
      setName("")
    } catch (err) {
      setError(errorMessage(err, t))
    } finally {
      setBusy(false)
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

type Consignment = { placement_id: string; sku: string | null; product_title: string; batch_code: string; placed: number; sold: number; returned: number; open: number }

/** Goods consigned at the outlet, batch by batch, with returning unsold units to the cohort. */
const Consignments = ({ outlet }: { outlet: Outlet }) => {
  const { t } = useKaryaTranslation()
  const [rows, setRows] = useState<Consignment[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const load = () =>
    sdk.client
      .fetch<{ consignments: Consignment[] }>(`/admin/outlets/${outlet.id}/consignments`)
      .then((res) => setRows(res.consignments))
      .catch((e) => setError(errorMessage(e, t)))
  useEffect(() => {
    void load()
  }, [outlet.id])

  const giveBack = async (row: Consignment) => {
    setBusy(row.placement_id)
    setError(null)
    try {
      await sdk.client.fetch(`/admin/consignments/${row.placement_id}/return`, { method: "POST", body: { quantity: row.open } })
      await load()
    } catch (err) {
      setError(errorMessage(err, t))
    } finally {
      setBusy(null)
    }
  }

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
  const [outlets, setOutlets] = useState<Outlet[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<{ outlets: Outlet[] }>("/admin/outlets")
      .then((res) => setOutlets(res.outlets))
      .catch((e) => setError(errorMessage(e, t)))
  }, [t])

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
      {outlets === null && !error && <Text className="px-6 py-4">{t("outlets.loading")}</Text>}
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
