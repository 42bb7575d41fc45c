/**
 * Indonesian first: an operator who has never picked a language gets the
 * Admin in Indonesian, not the dashboard's English fallback. The dashboard
 * reads its language only from the `lng` cookie, then `lng` in localStorage
 * (a browser sends no header it could read); a choice made in Profile →
 * Language writes both, so it always wins. This runs when the admin build
 * imports our translations, before the dashboard starts i18next.
 */
try {
  const chosen = /(?:^|;\s*)lng=/.test(document.cookie) || localStorage.getItem("lng")
  if (!chosen) localStorage.setItem("lng", "id")
} catch {
  // No storage (a locked-down browser): the dashboard's own default stands.
}

export {}
