import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { outboxFileName, renderOutboxFile } from "./outbox-file"

type Options = { channels: string[]; dir: string }

/**
 * A notification provider for development and trials: instead of sending an
 * email it writes it as a plain-text file in a folder (the outbox) and logs
 * where, so a person can open the order confirmation or the reset link.
 * A real email provider takes its place in production.
 */
export class OutboxNotificationService extends AbstractNotificationProviderService {
  static identifier = "outbox"
  protected logger_: Logger
  protected options_: Options

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.logger_ = logger
    this.options_ = options
  }

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.dir !== "string" || !options.dir) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The outbox notification provider needs a `dir` option")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const name = outboxFileName(notification, new Date())
    const file = path.join(this.options_.dir, name)
    await mkdir(this.options_.dir, { recursive: true })
    // "wx": never overwrite; a name collision would mean two notifications in one millisecond with one key.
    await writeFile(file, renderOutboxFile(notification), { encoding: "utf8", flag: "wx" })
    this.logger_.info(`Notification "${notification.template}" to ${notification.to} written to ${file}`)
    return { id: name }
  }
}
