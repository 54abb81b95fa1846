import type { LocationQueryValue } from 'vue-router'

/** Accepts only same-site paths from the `redirect` query, so a crafted link cannot send users elsewhere. */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined, fallback = '/'): string {
  const path = Array.isArray(value) ? value[0] : value
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    return fallback
  }
  return path
}
