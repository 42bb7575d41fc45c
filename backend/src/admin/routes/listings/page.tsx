import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { errorMessage, sdk } from "../../lib/sdk"

type Submitted = {
  id: string
  title: string
  thumbnail: string | null
  updated_at: string
  cohort: { id: string; name: string } | null
}

/** The operator's review queue: coordinators' submitted products, to publish or send back. */
const ListingsPage = () => {
  const [products, setProducts] = useState<Submitted[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const res = await sdk.client.fetch<{ products: Submitted[] }>("/admin/listings", {
        query: { state: "submitted", limit: 200 },
      })
      setProducts(res.products)
      setLoadError(null)
    } catch (e) {
      setLoadError(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Tinjauan produk</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Produk yang diajukan koordinator. Tayangkan, atau tolak dengan alasan yang akan dibaca koordinator.
        </Text>
      </div>
      {loadError && (
        <Text role="alert" className="text-ui-fg-error px-6 py-4">
          {loadError}
        </Text>
      )}
      {products === null && !loadError && <Text className="px-6 py-4">Memuat…</Text>}
      {products?.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">Tidak ada produk yang menunggu tinjauan.</Text>
      )}
      {products?.map((p) => (
        <ListingRow key={p.id} product={p} onDone={load} />
      ))}
    </Container>
  )
}

const ListingRow = ({ product, onDone }: { product: Submitted; onDone: () => Promise<void> }) => {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const decide = async (action: "publish" | "reject") => {
    if (action === "reject" && reason.trim().length < 5) {
      setError("Tulis alasan penolakan (minimal 5 karakter)")
      return
    }
    setBusy(true)
    setError(null)
    try {
      await sdk.client.fetch(`/admin/listings/${product.id}/${action}`, {
        method: "POST",
        body: action === "reject" ? { reason: reason.trim() } : {},
      })
      toast.success(action === "publish" ? `"${product.title}" ditayangkan` : `"${product.title}" ditolak`)
      await onDone()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
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
            <Badge size="2xsmall">{product.cohort?.name ?? "Tanpa kohort"}</Badge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Diajukan {new Date(product.updated_at).toLocaleString("id-ID")}
            </Text>
          </div>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" disabled={busy} onClick={() => setRejecting((r) => !r)}>
            Tolak
          </Button>
          <Button size="small" isLoading={busy && !rejecting} disabled={busy} onClick={() => decide("publish")}>
            Tayangkan
          </Button>
        </div>
      </div>
      {rejecting && (
        <div className="flex flex-col gap-2">
          <Label htmlFor={reasonId}>Alasan penolakan</Label>
          <Textarea
            id={reasonId}
            value={reason}
            required
            minLength={5}
            maxLength={1000}
            placeholder="Misalnya: foto produk buram, mohon unggah foto yang lebih jelas."
            onChange={(e) => setReason(e.target.value)}
          />
          <div>
            <Button size="small" variant="danger" isLoading={busy} disabled={busy} onClick={() => decide("reject")}>
              Kirim penolakan
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
  label: "Tinjauan produk",
})

export default ListingsPage
