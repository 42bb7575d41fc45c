import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { lineTitle, shortfallMessage } from "../checkout/stock-shortfall"

// Medusa refuses a quantity its stock can't cover with "Some variant does not
// have the required inventory": no product, no count, nothing a shopper can act
// on. These hooks refuse first, with the same message as checkout's race guard
// ("Stok "…" tinggal 7" / "Only 7 of "…" left"), so every client, not only our
// storefront, can tell the shopper how many are left. Medusa's own check still
// runs after them and stays the guard (it also checks per location).

type Wanted = { variant_id: string; quantity: number }

type StockVariant = {
  id: string
  title?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  product?: { title?: string | null } | null
}

async function refuseBeyondStock(container: MedusaContainer, cart: { sales_channel_id?: string | null; locale?: string | null }, wanted: Wanted[]) {
  const totals = new Map<string, number>()
  for (const w of wanted) totals.set(w.variant_id, (totals.get(w.variant_id) ?? 0) + Number(w.quantity))
  if (!totals.size || !cart.sales_channel_id) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title"],
    filters: { id: [...totals.keys()] },
  })
  const tracked = (variants as StockVariant[]).filter((v) => v.manage_inventory && !v.allow_backorder)
  if (!tracked.length) return
  const availability = await getVariantAvailability(query, { variant_ids: tracked.map((v) => v.id), sales_channel_id: cart.sales_channel_id })
  for (const variant of tracked) {
    const available = Math.max(0, availability[variant.id]?.availability ?? 0)
    const quantity = totals.get(variant.id) ?? 0
    if (quantity <= available) continue
    const title = lineTitle({ product_title: variant.product?.title, variant_title: variant.title, quantity })
    // Medusa's own code for this refusal, so clients that read it keep working.
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, shortfallMessage({ title, available, wanted: quantity }, cart.locale, "cart"), MedusaError.Codes.INSUFFICIENT_INVENTORY)
  }
}

// Adding counts what the cart already holds of the same variant: Medusa adds to that line.
addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["items.variant_id", "items.quantity"], filters: { id: cart.id } })
  const held = ((carts[0] as { items?: ({ variant_id?: string | null; quantity: unknown } | null)[] | null } | undefined)?.items ?? []).flatMap((i) => (i?.variant_id ? [{ variant_id: i.variant_id, quantity: Number(i.quantity) }] : []))
  const adding = (input.items ?? []).flatMap((i) => (i.variant_id ? [{ variant_id: i.variant_id, quantity: Number(i.quantity ?? 1) }] : []))
  const addedIds = new Set(adding.map((a) => a.variant_id))
  await refuseBeyondStock(container, cart, [...adding, ...held.filter((h) => addedIds.has(h.variant_id))])
})

// Changing a line sets its new quantity; 0 removes it and needs no stock.
updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const quantity = Number(input.update?.quantity ?? 0)
  const line = (cart.items ?? []).find((i: { id: string } | null) => i?.id === input.item_id) as { variant_id?: string | null } | undefined
  if (quantity <= 0 || !line?.variant_id) return
  await refuseBeyondStock(container, cart, [{ variant_id: line.variant_id, quantity }])
})
