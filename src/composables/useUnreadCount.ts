import { ref, watch } from 'vue'
import { countUnread } from '@/api/notifications'
import { nextTask } from '@/lib/nextTask'
import { useSessionStore } from '@/stores/session'

// One count for the whole app (the header badge), refreshed on navigation, on a timer while the tab
// is visible, and whenever a page marks notifications read.
const unread = ref(0)
let userId: string | null = null
let timer: ReturnType<typeof setInterval> | undefined

export async function refreshUnreadCount(): Promise<void> {
  if (!userId) {
    unread.value = 0
    return
  }
  try {
    unread.value = await countUnread(userId)
  } catch {
    // Offline or signed out: keep the last count rather than flashing zero.
  }
}

/** The unread notification count for the signed-in user; starts polling on first use. */
export function useUnreadCount() {
  const session = useSessionStore()
  watch(
    () => session.user?.id ?? null,
    (id) => {
      userId = id
      unread.value = 0
      clearInterval(timer)
      timer = undefined
      if (!id) return
      // A task later: on the first load the count's request is then not built in the task that
      // hydrates the menu.
      void nextTask().then(refreshUnreadCount)
      timer = setInterval(() => {
        if (document.visibilityState === 'visible') void refreshUnreadCount()
      }, 60_000)
    },
    { immediate: true },
  )
  return { unread, refresh: refreshUnreadCount }
}
