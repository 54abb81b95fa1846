import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'

/**
 * The officer queue by route name. The queue lives in another module; until its route is registered
 * (another branch), its path is used so the link still goes somewhere real.
 */
export function useQueueLocation(): () => RouteLocationRaw {
  const router = useRouter()
  return () => (router.hasRoute('officer-queue') ? { name: 'officer-queue' } : '/petugas/antrian')
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Escape or Backspace outside form fields (and with no dialog open) goes back to `to()`. */
export function useBackShortcut(to: () => RouteLocationRaw) {
  const router = useRouter()
  function onKey(event: KeyboardEvent) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    if (event.key !== 'Escape' && event.key !== 'Backspace') return
    if (typingInto(event.target) || document.querySelector('dialog[open]')) return
    event.preventDefault()
    void router.push(to())
  }
  onMounted(() => document.addEventListener('keydown', onKey))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKey))
}
