import { useTranslations } from "next-intl"
import { Link, type AppHref } from "@/i18n/navigation"
import type { ProductImage } from "@/lib/types/product"

type Props = {
  images: ProductImage[]
  title: string
  selected: number
  /** The page's address showing image `index` (?image=), other choices kept. */
  hrefFor: (index: number) => AppHref
}

/** One large photo and thumbnail links to the others; no JavaScript needed. */
export function ImageGallery({ images, title, selected, hrefFor }: Props) {
  const t = useTranslations("Product")
  const current = images[selected] ?? images[0]
  return (
    <section aria-label={t("gallery")} className="space-y-3">
      <div className="overflow-hidden rounded-lg border border-line bg-sand">
        {current ? (
          // The page's largest paint: fetched first, ahead of the lazy thumbnails.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={current.url} alt={title} className="aspect-square w-full object-cover" fetchPriority="high" />
        ) : (
          <div className="aspect-square" />
        )}
      </div>
      {images.length > 1 ? (
        <ul className="flex gap-2 overflow-x-auto">
          {images.map((image, index) => (
            <li key={image.url} className="shrink-0">
              <Link
                href={hrefFor(index)}
                scroll={false}
                aria-current={index === selected ? "true" : undefined}
                aria-label={t("showImage", { index: index + 1, total: images.length })}
                className={`block overflow-hidden rounded-md border-2 ${index === selected ? "border-maroon" : "border-transparent hover:border-line"}`}
              >
                {/* The card-sized copy, not the 1,200 px photo, for a 64 px button. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={image.thumbnail} alt="" className="h-16 w-16 object-cover" loading="lazy" />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
