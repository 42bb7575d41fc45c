"use client"

import { usePathname } from "next/navigation"

/** A hidden field with the address of this page, so a form's action can come back here (rendered on the server too). */
export function CurrentPathInput({ name }: { name: string }) {
  return <input type="hidden" name={name} value={usePathname()} />
}
