import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCohortProductWorkflow } from "../../../../workflows/coordinator-product/update-cohort-product"
import type { CoordinatorRequest } from "../../cohort-scope"
import { productResponses, refetchCohortProduct } from "../helpers"
import { categoryIdsOf, englishOf, productImages, thumbnailFor, variantInput, type StoredImage } from "../product-input"
import type { CoordinatorUpdateProductType } from "../validators"
import type { CoordinatorProductResponse } from "@karya-binaan/contract"

export async function GET(req: CoordinatorRequest, res: MedusaResponse<CoordinatorProductResponse>) {
  const product = await refetchCohortProduct(req.scope, req.params.id, req.coordinator.cohort_ids)
  const [response] = await productResponses(req.scope, [product])
  res.json({ product: response })
}

type Pictured = { thumbnail?: string | null; images?: (StoredImage | null)[] | null }

/**
 * The thumbnail after an edit: the card the form sent, or the first photo's own
 * card; for a photo stored without one (before renditions were kept per photo),
 * the current thumbnail while that photo stays first; else the photo itself.
 */
function thumbnailOf(product: Pictured, images: ReturnType<typeof productImages>, sent: string | undefined): string | null {
  if (!images.length) return null
  if (sent || images[0]!.metadata) return thumbnailFor(images, sent)
  const first = [...(product.images ?? [])].flatMap((i) => (i ? [i] : [])).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))[0]?.url
  return first === images[0]!.url && product.thumbnail ? product.thumbnail : images[0]!.url
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
  const images = body.images && productImages(body.images, product.images ?? [])
  await updateCohortProductWorkflow(req.scope).run({
    input: {
      id: product.id,
      update: {
        ...(body.title !== undefined ? { title: body.title } : {}),
        ...(body.subtitle !== undefined ? { subtitle: body.subtitle } : {}),
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(categoryIds ? { category_ids: categoryIds } : {}),
        ...(images ? { images, thumbnail: thumbnailOf(product, images, body.thumbnail) } : {}),
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
