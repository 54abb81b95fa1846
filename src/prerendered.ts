// Plain types without imports: the build (build/prerender.ts) reads them too, to write the inline check.

/** A page prerendered into index.html (src/prerender.ts) and whom it is right for. */
export interface PrerenderedPage {
  name: string
  path: string
  html: string
  /** Shown only with a stored session (its email fills the placeholder), or only without one. */
  signedIn: boolean
  /** Shows the agency's name from its settings: hidden when a different name is cached. */
  showsAgencyName: boolean
}

/** What the inline check compares the visitor's storage with (`prerenderedFor` in src/prerender.ts). */
export interface PrerenderedFor {
  locale: string
  localeKey: string
  authKey: string
  agencyKey: string
  agencyName: string
  emailPlaceholder: string
}
