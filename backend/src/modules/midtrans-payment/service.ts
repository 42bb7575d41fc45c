import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, BigNumber, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import midtransClient from "midtrans-client"
import { chargeRequest, sessionDataFromCharge } from "./methods"
import { newMidtransOrderId, sessionIdOf } from "./order-id"
import { hasValidSignature } from "./signature"
import { isPaid, sessionStatus, webhookAction } from "./status"
import { MIDTRANS_METHOD_IDS, type MidtransOptions, type MidtransSessionData } from "./types"

type Json = Record<string, any>

const wholeRupiah = (amount: unknown) => Math.round(Number(new BigNumber(amount as any).numeric))

/**
 * Midtrans Core API through the official midtrans-client SDK, one registration
 * per method (provider ids pp_midtrans_<method>). The charge is made when the
 * session is created; every later decision re-reads the transaction from
 * Midtrans rather than trusting what a browser or a notification says.
 */
export class MidtransPaymentProviderService extends AbstractPaymentProvider<MidtransOptions> {
  static identifier = "midtrans"

  protected readonly options_: MidtransOptions
  protected readonly core_: InstanceType<typeof midtransClient.CoreApi>
  protected readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options.serverKey || !options.clientKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Midtrans needs serverKey and clientKey (MIDTRANS_SERVER_KEY, MIDTRANS_CLIENT_KEY).")
    }
    if (!MIDTRANS_METHOD_IDS.includes(options.method as any)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Midtrans method must be one of ${MIDTRANS_METHOD_IDS.join(", ")}.`)
    }
  }

  constructor(container: { logger: Logger }, options: MidtransOptions) {
    super(container, options)
    this.options_ = options
    this.logger_ = container.logger
    this.core_ = new midtransClient.CoreApi({
      isProduction: !!options.isProduction,
      serverKey: options.serverKey,
      clientKey: options.clientKey,
    })
  }

  /** The transaction as Midtrans has it now; undefined when Midtrans does not know the order. */
  protected async readTransaction(orderId: string): Promise<Json | undefined> {
    try {
      return await this.core_.transaction.status(orderId)
    } catch (error: any) {
      if (Number(error?.httpStatusCode) === 404) return undefined
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Midtrans could not be asked about ${orderId}: ${error?.message ?? error}`)
    }
  }

  protected orderIdOf(data: Record<string, unknown> | undefined): string {
    const id = data?.midtrans_order_id
    if (typeof id !== "string" || !id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This payment has no Midtrans charge (midtrans_order_id is missing).")
    }
    return id
  }

  protected async charge(sessionId: string, amount: number, email?: string): Promise<MidtransSessionData> {
    if (!Number.isInteger(amount) || amount < 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Midtrans charges whole rupiah above zero, not ${amount}.`)
    }
    const orderId = newMidtransOrderId(sessionId)
    let response: Json
    try {
      response = await this.core_.charge(chargeRequest(this.options_.method, { orderId, amount, email }))
    } catch (error: any) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Midtrans refused the ${this.options_.method} payment; try again or choose another method. ${error?.message ?? ""}`.trim()
      )
    }
    return sessionDataFromCharge(this.options_.method, { ...response, order_id: response.order_id ?? orderId, gross_amount: response.gross_amount ?? amount })
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (input.currency_code.toLowerCase() !== "idr") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Midtrans takes rupiah (IDR) only, not ${input.currency_code.toUpperCase()}.`)
    }
    // The payment module passes the new session's id: the Midtrans order id is built on it.
    const sessionId = input.data?.session_id
    if (typeof sessionId !== "string" || !sessionId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A Midtrans charge is made for a payment session (session_id missing).")
    }
    const data = await this.charge(sessionId, wholeRupiah(input.amount), input.context?.customer?.email)
    return { id: data.midtrans_order_id, data: data as unknown as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
  }

  /** A charge cannot change its amount: the old one is expired and a new one made. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = input.data as Partial<MidtransSessionData> | undefined
    const amount = wholeRupiah(input.amount)
    if (current?.midtrans_order_id && current.amount === amount) return { data: input.data ?? {}, status: PaymentSessionStatus.PENDING }
    const sessionId = sessionIdOf(current?.midtrans_order_id) ?? String(input.data?.session_id ?? "")
    if (current?.midtrans_order_id) await this.expireIfPending(current.midtrans_order_id)
    const data = await this.charge(sessionId, amount, input.context?.customer?.email)
    return { data: data as unknown as Record<string, unknown>, status: PaymentSessionStatus.PENDING }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return this.getPaymentStatus(input)
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const tx = await this.readTransaction(this.orderIdOf(input.data))
    if (!tx) return { status: PaymentSessionStatus.ERROR, data: input.data }
    return { status: sessionStatus(tx), data: { ...input.data, transaction_status: tx.transaction_status } }
  }

  /** Midtrans settles QRIS, e-wallet and VA payments by itself: capture records what the gateway already holds. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const tx = await this.readTransaction(this.orderIdOf(input.data))
    if (!tx || !isPaid(tx)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Midtrans has not received this payment (status: ${tx?.transaction_status ?? "unknown"}).`)
    }
    return { data: { ...input.data, transaction_status: tx.transaction_status } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const orderId = this.orderIdOf(input.data)
    const amount = wholeRupiah(input.amount)
    const refunds = Array.isArray(input.data?.refunds) ? (input.data!.refunds as Json[]) : []
    // The refund key makes a retried refund of the same amount one refund at Midtrans.
    const refundKey = `${orderId}-r${refunds.length + 1}`.slice(-50)
    try {
      const response = await this.core_.transaction.refund(orderId, { refund_key: refundKey, amount, reason: "Karya Binaan refund" })
      return {
        data: {
          ...input.data,
          transaction_status: response.transaction_status ?? input.data?.transaction_status,
          refunds: [...refunds, { refund_key: refundKey, amount, status_code: response.status_code }],
        },
      }
    } catch (error: any) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Midtrans did not refund ${orderId}: ${error?.message ?? error}`)
    }
  }

  /**
   * Cancels what Midtrans still holds open. A charge already paid cannot be
   * cancelled at Midtrans (QRIS, e-wallets and VAs settle at once), so a
   * cancelled payment whose money arrived is refunded in full instead: Medusa
   * cancels an authorised payment when cart completion fails after
   * authorising, and the shopper's money must not stay with us.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const orderId = this.orderIdOf(input.data)
    const tx = await this.readTransaction(orderId)
    if (!tx) return { data: input.data }
    if (isPaid(tx)) {
      const refunded = await this.refundPayment({ data: input.data, amount: wholeRupiah(tx.gross_amount), context: input.context })
      return { data: { ...refunded.data, transaction_status: "refund" } }
    }
    await this.expireIfPending(orderId, tx)
    return { data: { ...input.data, transaction_status: "cancel" } }
  }

  /**
   * A session dropped (the shopper chose another method, or its cart cannot
   * become an order): an open QR or VA stops taking money, and money that
   * already arrived goes back, since no order will ever hold it.
   */
  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    const orderId = input.data?.midtrans_order_id
    if (typeof orderId !== "string" || !orderId) return { data: input.data }
    const tx = await this.readTransaction(orderId)
    if (tx && isPaid(tx)) {
      const refunded = await this.refundPayment({ data: input.data, amount: wholeRupiah(tx.gross_amount) })
      return { data: { ...refunded.data, transaction_status: "refund" } }
    }
    await this.expireIfPending(orderId, tx)
    return { data: input.data }
  }

  protected async expireIfPending(orderId: string, known?: Json) {
    const tx = known ?? (await this.readTransaction(orderId))
    if (tx?.transaction_status !== "pending") return
    try {
      await this.core_.transaction.expire(orderId)
    } catch (error: any) {
      this.logger_.warn(`Midtrans: could not expire ${orderId}: ${error?.message ?? error}`)
    }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const tx = await this.readTransaction(this.orderIdOf(input.data))
    return { data: { ...input.data, ...(tx ? { transaction_status: tx.transaction_status } : {}) } }
  }

  /**
   * A notification is believed only after its signature matches our server
   * key (otherwise UNAUTHORIZED, nothing read), and even then only as a hint:
   * the status acted on is re-read from Midtrans. An order id that is not one
   * of our sessions', or that Midtrans does not know, is NOT_SUPPORTED.
   */
  async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const body = (payload.data ?? {}) as Record<string, unknown>
    if (!hasValidSignature(body, this.options_.serverKey)) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Midtrans notification signature does not match.")
    }
    const orderId = body.order_id as string
    const sessionId = sessionIdOf(orderId)
    if (!sessionId) return { action: PaymentActions.NOT_SUPPORTED }
    const tx = await this.readTransaction(orderId)
    if (!tx) return { action: PaymentActions.NOT_SUPPORTED }
    return { action: webhookAction(tx), data: { session_id: sessionId, amount: wholeRupiah(tx.gross_amount) } }
  }
}
