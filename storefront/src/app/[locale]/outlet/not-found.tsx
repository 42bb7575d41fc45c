import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

// Another outlet's order looks the same as one that doesn't exist.
export default function OutletNotFound() {
  return <NotFoundTemplate />
}
