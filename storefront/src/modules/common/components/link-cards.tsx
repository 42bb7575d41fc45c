import { Link, type AppHref } from "@/i18n/navigation"

export type LinkCard = { href: AppHref; title: string; body: string }

/** A dashboard's ways on (account, coordinator portal): one card a page, its title and a line of what is there. */
export function LinkCards({ cards, className }: { cards: readonly LinkCard[]; className: string }) {
  return (
    <ul className={className}>
      {cards.map((card) => (
        <li key={card.title}>
          <Link href={card.href} className="block h-full rounded-lg border border-line bg-white p-4 hover:border-maroon">
            <span className="block font-serif text-xl font-semibold text-maroon">{card.title}</span>
            <span className="mt-1 block text-sm text-muted">{card.body}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
