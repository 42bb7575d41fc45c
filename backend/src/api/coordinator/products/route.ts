import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assertCohortAccess, coordinatorCohortIds } from "../../../lib/coordinator/access"
import { COORDINATOR_PRODUCT_FIELDS, englishFor, productResponse, serializeProduct } from "../../../lib/coordinator/products"
import { createCohortProductWorkflow } from "../../../workflows/coordinator-product/create-cohort-product"
import { categoryIdsOf, englishOf, productHandle, variantInput } from "./product-input"
import type { CoordinatorCreateProductType, CoordinatorGetProductsType } from "./validators"
import type { CoordinatorProductListResponse, CoordinatorProductResponse } from "@karya-binaan/contract"

/** The products of the coordinator's cohorts (or of one of them), every listing state. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, CoordinatorGetProductsType>, res: MedusaResponse<CoordinatorProductListResponse>) {
  const { cohort_id, state, limit, offset } = req.validatedQuery as CoordinatorGetProductsType
  if (cohort_id) await assertCohortAccess(req, cohort_id)
  const cohortIds = cohort_id ? [cohort_id] : await coordinatorCohortIds(req.scope, req.auth_context.actor_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cohorts } = cohortIds.length
    ? await query.graph({ entity: "cohort", fields: ["products.id"], filters: { id: cohortIds } })
    : { data: [] }
  const ids = cohorts.flatMap((c) => (c.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : [])))
  const { data } = ids.length
    ? await query.graph({ entity: "product", fields: COORDINATOR_PRODUCT_FIELDS, filters: { id: ids } })
    : { data: [] }
  const en = await englishFor(req.scope, data as { id: string; food_label?: { id?: string } | null }[])
  const all = data
    .map((p) => serializeProduct(p, en.get(p.id)))
    .filter((p) => !state || p.listing.state === state)
    .sort((a, b) => String(b.updated_at).localeCompare(String(a.updated_at)))
  res.json({ products: all.slice(offset, offset + limit), count: all.length, offset, limit })
}

/** A new product in one of the coordinator's cohorts, as a draft. */
export async function POST(req: AuthenticatedMedusaRequest<CoordinatorCreateProductType>, res: MedusaResponse<CoordinatorProductResponse>) {
  const body = req.validatedBody
  await assertCohortAccess(req, body.cohort_id)
  const { result: id } = await createCohortProductWorkflow(req.scope).run({
    input: {
      cohort_id: body.cohort_id,
      product: {
        title: body.title,
        subtitle: body.subtitle ?? undefined,
        description: body.description,
        handle: productHandle(body.title),
        origin_country: "id",
        category_ids: categoryIdsOf(body),
        images: body.images?.map((url) => ({ url })),
        thumbnail: body.images?.[0],
        options: body.options,
        variants: body.variants.map((v, rank) => ({
          ...variantInput(v, body.options, rank),
          manage_inventory: true,
          allow_backorder: false,
        })),
      },
      food_label: body.food_label ?? undefined,
      en: englishOf(body),
    },
  })
  res.status(201).json({ product: await productResponse(req, id) })
}
