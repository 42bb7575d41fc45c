import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCohortProductWorkflow } from "../../../../workflows/coordinator-product/update-cohort-product"
import type { CoordinatorRequest } from "../../cohort-scope"
import { productResponses, refetchCohortProduct } from "../helpers"
import { categoryIdsOf, englishOf, variantInput } from "../product-input"
import type { CoordinatorUpdateProductType } from "../validators"
import type { CoordinatorProductResponse } from "@karya-binaan/contract"

export async function GET(req: CoordinatorRequest, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await refetchCohortProduct(req.scope, req.params.id, req.coordinator.cohort_ids)
  const [response] = await productResponses(req.scope, [product])
  res.json({ product: response })
}

type Pictured = { thumbnail?: string | null; images?: ({ url: string; rank?: number } | null)[] | null }

/**
 * The thumbnail after an edit: the card the form sent with a new first photo;
 * the current one while the first photo stays; else the new first photo itself.
 */
function thumbnailOf(product: Pictured, images: string[], sent: string | undefined): string | null {
  if (!images.length) return null
  if (sent) return sent
  const first = [...(product.images ?? [])].flatMap((i) => (i ? [i] : [])).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))[0]?.url
  return first === images[0] && product.thumbnail ? product.thumbnail : images[0]
}

/** Edits a product of the coordinator's cohort (404 for any other product). */
export async function POST(req: CoordinatorRequest<CoordinatorUpdateProductType>, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await refetchCohortProduct(req.scope, req.params.id, req.coordinator.cohort_ids)
  const body = req.validatedBody
  const own = new Set((product.variants ?? []).flatMap((v: { id: string } | null) => (v ? [v.id] : [])))
  const foreign = (body.variants ?? []).filter((v) => v.id && !own.has(v.id))
  if (foreign.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Varian bukan milik produk ini: ${foreign.map((v) => v.id).join(", ")}`)
  }
  const categoryIds = categoryIdsOf(body)
  await updateCohortProductWorkflow(req.scope).run({
    input: {
      id: product.id,
      update: {
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.subtitle !== undefined ? { subtitle: body.subtitle } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(categoryIds ? { category_ids: categoryIds } : {}),
        ...(body.images ? { images: body.images.map((url) => ({ url })), thumbnail: thumbnailOf(product, body.images, body.thumbnail) } : {}),
      },
      structure: body.variants
        ? { options: body.options!, variants: body.variants.map((v, rank) => variantInput(v, body.options!, rank)) }
        : undefined,
      food_label: body.food_label ?? undefined,
      existing_food_label_id: (product.food_label as { id?: string } | null)?.id ?? null,
      en: englishOf(body),
    },
  })
  // Variants, prices and texts changed: read the product again for the answer.
  const [response] = await productResponses(req.scope, [await refetchCohortProduct(req.scope, product.id, req.coordinator.cohort_ids)])
  res.json({ product: response })
}
