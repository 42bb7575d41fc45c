import { model } from "@medusajs/framework/utils"

/**
 * One refused sign-in or registration attempt against a key (an account's
 * email, a client's address). Rows are appended, never counted up in place, so
 * servers racing on one key each add their own row and none is lost; the key
 * is a SHA-256 hash, so this table holds no email or IP address.
 */
export const AuthFailure = model
  .define("auth_failure", {
    id: model.id({ prefix: "authf" }).primaryKey(),
    key_hash: model.text(),
  })
  .indexes([{ on: ["key_hash", "created_at"] }, { on: ["created_at"] }])
