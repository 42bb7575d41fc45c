import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isToldByStatus, listingOf, productFieldsFor } from "../../../workflows/coordinator-product/listing"
import { createCohortProductWorkflow } from "../../../workflows/coordinator-product/create-cohort-product"
import type { CoordinatorRequest } from "../cohort-scope"
import { productResponses, refetchCohortProduct } from "./helpers"
import { categoryIdsOf, englishOf, productImages, thumbnailFor, variantInput } from "./product-input"
import { COORDINATOR_PRODUCT_FIELDS } from "./query-config"
import type { CoordinatorCreateProductType, CoordinatorGetProductsType } from "./validators"
import type { CoordinatorProductListResponse, CoordinatorProductResponse } from "@karya-binaan/contract"

// Newest change first; the id keeps pages stable when two products share a timestamp.
const NEWEST_FIRST = { updated_at: "DESC", id: "ASC" } as const

/**
 * The products of the coordinator's cohorts (or of one of them, checked in
 * ./middlewares.ts), every listing state, one page at a time: the database
 * filters, sorts and cuts the page, and only that page is read in full.
 */
export async function GET(req: CoordinatorRequest<unknown, CoordinatorGetProductsType>, res: MedusaResponse<CoordinatorProductListResponse>) {
  const { cohort_id, state, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cohortIds = cohort_id ? [cohort_id] : req.coordinator.cohort_ids
  // Product ids only, through the cohort ↔ product link.
  const { data: cohorts } = cohortIds.length
    ? await query.graph({ entity: "cohort", fields: ["products.id"], filters: { id: cohortIds } })
    : { data: [] }
  const ids: string[] = cohorts.flatMap((c) => (c.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : [])))
  if (!ids.length) {
    res.json({ products: [], count: 0, offset, limit })
    return
  }

  if (state && !isToldByStatus(state)) {
    // Draft or archived: the page is cut from a light read (id and metadata only).
    const { data: drafts } = await query.graph({
      entity: "product",
      fields: ["id", "status", "metadata"],
      filters: { id: ids, status: "draft" },
      pagination: { order: NEWEST_FIRST },
    })
    const matching = drafts.filter((p) => listingOf(p).state === state).map((p) => p.id)
    const pageIds = matching.slice(offset, offset + limit)
    const { data } = pageIds.length
      ? await query.graph({ entity: "product", fields: COORDINATOR_PRODUCT_FIELDS, filters: { id: pageIds }, pagination: { order: NEWEST_FIRST } })
      : { data: [] }
    res.json({ products: await productResponses(req.scope, data), count: matching.length, offset, limit })
    return
  }

  const { data, metadata } = await query.graph({
    entity: "product",
    fields: COORDINATOR_PRODUCT_FIELDS,
    filters: { id: ids, ...(state ? { status: productFieldsFor(state, {}).status } : {}) },
    pagination: { skip: offset, take: limit, order: NEWEST_FIRST },
  })
  res.json({ products: await productResponses(req.scope, data), count: metadata?.count ?? data.length, offset, limit })
}

/** A new product in one of the coordinator's cohorts, as a draft. */
export async function POST(req: CoordinatorRequest<CoordinatorCreateProductType>, res: MedusaResponse<CoordinatorProductResponse>) {
  // body.cohort_id is checked against the coordinator's cohorts in ./middlewares.ts.
  const body = req.validatedBody
  const images = body.images && productImages(body.images)
  const { result: id } = await createCohortProductWorkflow(req.scope).run({
    input: {
      cohort_id: body.cohort_id,
      product: {
        title: body.title,
        subtitle: body.subtitle ?? undefined,
        description: body.description,
        origin_country: "id",
        category_ids: categoryIdsOf(body),
        images,
        thumbnail: thumbnailFor(images ?? [], body.thumbnail) ?? undefined,
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
  const [product] = await productResponses(req.scope, [await refetchCohortProduct(req.scope, id, req.coordinator.cohort_ids)])
  res.status(201).json({ product })
}
