import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

// Rendered, with status 404, when a page calls notFound() or no route matches (see [...rest]).
export default function LocaleNotFound() {
  return <NotFoundTemplate />
}
