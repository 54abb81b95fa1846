import { onBeforeUnmount, onMounted } from 'vue'

export const POLL_MS = 30_000

/**
 * Calls `refresh` every 30 s while the tab is visible, and once when it becomes visible again after a
 * poll was skipped. The embedded stack has no Realtime server, so polling is how new requests appear.
 */
export function useQueuePolling(refresh: () => unknown, intervalMs = POLL_MS) {
  let timer: ReturnType<typeof setInterval> | undefined
  let missed = false
  const visible = () => document.visibilityState === 'visible'

  function tick() {
    if (visible()) void refresh()
    else missed = true
  }
  function onVisibility() {
    if (visible() && missed) {
      missed = false
      void refresh()
    }
  }

  onMounted(() => {
    timer = setInterval(tick, intervalMs)
    document.addEventListener('visibilitychange', onVisibility)
  })
  onBeforeUnmount(() => {
    clearInterval(timer)
    document.removeEventListener('visibilitychange', onVisibility)
  })
}
