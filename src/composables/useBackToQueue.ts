import { onBeforeUnmount, onMounted } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'

/** The officer queue (routes/queue.ts), by route name. */
export function useQueueLocation(): () => RouteLocationRaw {
  return () => ({ name: 'officer-queue' })
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
