import { getLocale } from "next-intl/server"
import { listCategories } from "@/lib/data/categories"
import { SearchTemplate } from "@/modules/search/templates/search-template"

// The same title and robots as the results, which the proxy serves from ./results once there is a ?q=.
export { generateMetadata } from "./results/page"

// Before a query the search page is the same for everyone: rendered once per
// language, cached until the backend revalidates the categories it lists.
export function generateStaticParams() {
  return []
}

export default async function SearchLandingPage() {
  const categories = await listCategories(await getLocale())
  return <SearchTemplate query="" products={[]} count={0} page={1} totalPages={1} categories={categories} />
}
