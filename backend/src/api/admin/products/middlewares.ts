import { MiddlewareRoute } from "@medusajs/framework/http"
import { ProductAdditionalDataSchema } from "../../../workflows/product/additional-data"

// Products are created through Medusa's own route; the cohort and the food
// label ride along in `additional_data`, validated here before the workflow.
export const adminProductMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/products",
    additionalDataValidator: ProductAdditionalDataSchema.shape,
  },
]
