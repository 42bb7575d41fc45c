import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

// Outside the shop and the portal layouts (those have their own): a bare page, still with <main>.
export default function LocaleNotFound() {
  return (
    <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
      <NotFoundTemplate />
    </main>
  )
}
