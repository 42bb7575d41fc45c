import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import type { AdminListing } from "@karya-binaan/contract"
import { useState } from "react"
import { useDecideListing, useListings } from "../../hooks/api/listings"
import { useKaryaTranslation } from "../../lib/i18n"
import { errorMessage } from "../../lib/sdk"

/** The operator's review queue: coordinators' submitted products, to publish or send back. */
const ListingsPage = () => {
  const { t } = useKaryaTranslation()
  const { data, error } = useListings({ state: "submitted", limit: 200 })
  const products = data?.products
  const loadError = error ? errorMessage(error, t) : null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("listings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("listings.intro")}
        </Text>
      </div>
      {loadError && (
        <Text role="alert" className="text-ui-fg-error px-6 py-4">
          {loadError}
        </Text>
      )}
      {!products && !loadError && <Text className="px-6 py-4">{t("common.loading")}</Text>}
      {products?.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("listings.empty")}</Text>
      )}
      {products?.map((p) => (
        <ListingRow key={p.id} product={p} />
      ))}
    </Container>
  )
}

const ListingRow = ({ product }: { product: AdminListing }) => {
  const { t, format } = useKaryaTranslation()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const decideListing = useDecideListing(product.id)
  const busy = decideListing.isPending
  const [error, setError] = useState<string | null>(null)

  const decide = async (action: "publish" | "reject") => {
    if (action === "reject" && reason.trim().length < 5) {
      setError(t("listings.reasonTooShort"))
      return
    }
    setError(null)
    try {
      // Resolves once the queue has been read again, without this listing.
      await decideListing.mutateAsync(action === "reject" ? { action, reason: reason.trim() } : { action })
      toast.success(action === "publish" ? t("listings.published", { title: product.title }) : t("listings.rejected", { title: product.title }))
    } catch (e) {
      setError(errorMessage(e, t))
    }
  }

  const reasonId = `reason-${product.id}`
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid="listing-row" data-product-id={product.id}>
      <div className="flex items-center justify-between gap-4">
        <div className="flex flex-col gap-1">
          <a href={`/app/products/${product.id}`} className="text-ui-fg-interactive txt-compact-medium-plus hover:underline">
            {product.title}
          </a>
          <div className="flex items-center gap-2">
            <Badge size="2xsmall">{product.cohort?.name ?? t("listings.noCohort")}</Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("listings.submittedAt", { date: format.dateTime(product.updated_at) })}
            </Text>
          </div>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" disabled={busy} onClick={() => setRejecting((r) => !r)}>
            {t("listings.reject")}
          </Button>
          <Button size="small" isLoading={busy && !rejecting} disabled={busy} onClick={() => decide("publish")}>
            {t("listings.publish")}
          </Button>
        </div>
      </div>
      {rejecting && (
        <div className="flex flex-col gap-2">
          <Label htmlFor={reasonId}>{t("listings.reasonLabel")}</Label>
          <Textarea
            id={reasonId}
            value={reason}
            required
            minLength={5}
            maxLength={1000}
            placeholder={t("listings.reasonPlaceholder")}
            onChange={(e) => setReason(e.target.value)}
          />
          <div>
            <Button size="small" variant="danger" isLoading={busy} disabled={busy} onClick={() => decide("reject")}>
              {t("listings.sendRejection")}
            </Button>
          </div>
        </div>
      )}
      {error && (
        <Text role="alert" size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.listings",
  translationNs: "karya",
})

export default ListingsPage
