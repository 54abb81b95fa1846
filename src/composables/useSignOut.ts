import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { useSessionStore } from '@/stores/session'

// One message for the app: the menu's button signs out, the header below it says when that failed.
const error = ref('')

/** Signs out and goes home; on failure `error` says so (and is cleared by the next try). */
export function useSignOut() {
  const { t } = useI18n()
  const router = useRouter()
  const session = useSessionStore()

  async function signOut() {
    error.value = ''
    try {
      await session.signOut()
      await router.push({ name: 'home' })
    } catch {
      error.value = t('nav.signOutFailed')
    }
  }

  return { signOut, error }
}
