import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import type { RouteLocationRaw, Router } from 'vue-router'

/**
 * The request workspace, by its route name. The route belongs to the officer module; until it is
 * registered the same path is used, as a named link to a missing route would fail to render.
 */
export function requestLink(router: Pick<Router, 'hasRoute'>, id: string): RouteLocationRaw {
  return router.hasRoute('officer-request') ? { name: 'officer-request', params: { id } } : `/petugas/permohonan/${id}`
}

const TYPING = 'input, select, textarea, [contenteditable="true"]'

/**
 * Queue shortcuts: j / k (anywhere on the page, when not typing) and ↓ / ↑ (inside the table) move focus
 * to the next or previous request's link, so Enter opens it as any link would; `/` goes to the search
 * box. Focus moves only when the officer presses one of these keys.
 */
export function useQueueShortcuts(root: Ref<HTMLElement | null>) {
  function links(): HTMLElement[] {
    return [...(root.value?.querySelectorAll<HTMLElement>('[data-queue-row]') ?? [])]
  }

  function move(step: 1 | -1) {
    const all = links()
    if (!all.length) return
    const current = all.findIndex((el) => el === document.activeElement || el.closest('tr')?.contains(document.activeElement))
    const next = current === -1 ? (step === 1 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + step))
    all[next]!.focus()
  }

  function onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target as HTMLElement | null
    if (target?.closest(TYPING)) return
    const inTable = !!target && !!root.value?.contains(target)
    if (event.key === 'j' || (inTable && event.key === 'ArrowDown')) move(1)
    else if (event.key === 'k' || (inTable && event.key === 'ArrowUp')) move(-1)
    else if (event.key === '/') document.getElementById('queue-search')?.focus()
    else return
    event.preventDefault()
  }

  onMounted(() => document.addEventListener('keydown', onKey))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKey))
}
