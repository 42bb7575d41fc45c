// midtrans-client ships no types; these cover the Core API calls this provider makes.
declare module "midtrans-client" {
  type Json = Record<string, any>
  class Transaction {
    status(orderIdOrTransactionId: string): Promise<Json>
    cancel(orderIdOrTransactionId: string): Promise<Json>
    expire(orderIdOrTransactionId: string): Promise<Json>
    refund(orderIdOrTransactionId: string, parameter?: Json): Promise<Json>
  }
  export class CoreApi {
    constructor(options: { isProduction: boolean; serverKey: string; clientKey: string })
    charge(parameter: Json): Promise<Json>
    transaction: Transaction
  }
  export class MidtransError extends Error {
    httpStatusCode: number | string | null
    ApiResponse: Json | null
  }
  const midtrans: { CoreApi: typeof CoreApi; MidtransError: typeof MidtransError }
  export default midtrans
}
