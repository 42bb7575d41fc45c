import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listingOf, productFieldsFor, refusal, type ListingAction, type ListingState, type ProductLike } from "../listing"

const TARGET: Record<Exclude<ListingAction, "edit">, ListingState> = {
  submit: "submitted",
  archive: "archived",
  publish: "published",
  reject: "rejected",
}

export type CheckListingInput = {
  product_id: string
  action: ListingAction
  reason?: string
  /** The product's status and metadata when the caller has just read them (no second read). */
  product?: ProductLike
}

/**
 * Reads the product's listing state (unless the caller passes it) and refuses
 * an action it doesn't allow (400 with the reason); for a state change,
 * returns the product fields to write.
 */
export const checkListingStep = createStep(
  "check-listing-transition",
  async ({ product_id, action, reason, product: given }: CheckListingInput, { container }) => {
    const product = given ?? (await container.resolve(Modules.PRODUCT).retrieveProduct(product_id, { select: ["id", "status", "metadata"] }))
    const current = listingOf(product)
    const refused = refusal(current.state, action)
    if (refused) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refused)
    if (action === "edit") return new StepResponse(null)
    return new StepResponse(productFieldsFor(TARGET[action], product.metadata, reason))
  }
)
