import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

// A product, batch or order that isn't this coordinator's looks the same as one that doesn't exist.
export default function CoordinatorNotFound() {
  return <NotFoundTemplate />
}
