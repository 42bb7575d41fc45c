import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { loadPendingMidtransChargeStep } from "./steps/load-pending-midtrans-charge"
import { emailLocale, storefrontPayUrl } from "./templates/email-locale"
import { PAYMENT_INSTRUCTIONS_TEMPLATE, renderPaymentInstructions } from "./templates/payment-instructions"

export type SendPaymentInstructionsInput = { payment_collection_id: string; storefront_url: string }

/** One instructions email per Midtrans charge, however often it is asked for. */
export const paymentInstructionsKey = (midtransOrderId: string) => `payment-instructions:${midtransOrderId}`

/**
 * Emails how to pay a QRIS, e-wallet or VA charge that was just created, with
 * the link back to the cart's pay page (the order exists only once paid, so
 * the usual confirmation email cannot carry it). Returns what was sent.
 */
export const sendPaymentInstructionsWorkflow = createWorkflow("send-payment-instructions", (input: SendPaymentInstructionsInput) => {
  const charge = loadPendingMidtransChargeStep({ payment_collection_id: input.payment_collection_id })
  const notifications = transform({ charge, input }, ({ charge, input }) => {
    if (!charge) return []
    const locale = emailLocale(charge.locale)
    const pay_url = storefrontPayUrl(input.storefront_url, charge.cart_id, locale)
    return [
      {
        to: charge.email,
        channel: "email",
        template: PAYMENT_INSTRUCTIONS_TEMPLATE,
        content: renderPaymentInstructions({ locale, provider_id: charge.provider_id, data: charge.data, pay_url }),
        data: { cart_id: charge.cart_id, midtrans_order_id: charge.data.midtrans_order_id, pay_url },
        trigger_type: "midtrans.charge",
        resource_id: charge.cart_id,
        resource_type: "cart",
        idempotency_key: paymentInstructionsKey(charge.data.midtrans_order_id),
      },
    ]
  })
  const sent = when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => sendNotificationsStep(notifications))
  return new WorkflowResponse(transform({ sent }, ({ sent }) => sent ?? []))
})
