import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendPaymentInstructionsWorkflow } from "../../../workflows/notifications/send-payment-instructions"
import { storefrontBase } from "../../../workflows/notifications/templates/email-locale"

/**
 * Once Medusa's own route has created a Midtrans charge (QRIS, e-wallet, VA),
 * the shopper is emailed how to pay and the link back to the pay page. Medusa
 * 2.21 emits no event for a new payment session and its route has no hook, so
 * this runs after the route answered 200; the email is idempotent per charge
 * and a failure to send never changes the payment answer (it is logged).
 */
function emailMidtransInstructions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (typeof providerId === "string" && providerId.startsWith("pp_midtrans_")) {
    const collectionId = req.params.id
    res.on("finish", () => {
      if (res.statusCode !== 200) return
      sendPaymentInstructionsWorkflow(req.scope)
        .run({ input: { payment_collection_id: collectionId, storefront_url: storefrontBase() } })
        .catch((error: unknown) =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Payment instructions for ${collectionId} not emailed: ${(error as Error).message}`)
        )
    })
  }
  next()
}

export const storePaymentCollectionMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [emailMidtransInstructions] },
]
