/** Base of the links in invitation emails: npm start and docker compose set it; the default is `npm run dev`'s storefront. */
export const storefrontUrl = () => process.env.STOREFRONT_URL || "http://localhost:8000"
