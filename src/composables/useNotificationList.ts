import { onMounted, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { listMyNotifications, markAllRead, markRead, type AppNotification } from '@/api/notifications'
import { failureKind, useFailureMessage, type FailureKind } from './failureMessage'
import { refreshUnreadCount } from './useUnreadCount'

export function useNotificationList(userId: string) {
  const { t } = useI18n()
  const describe = useFailureMessage()
  const items = shallowRef<AppNotification[]>([])
  const loading = ref(true)
  const failure = ref<FailureKind | null>(null)
  const status = ref('')
  const statusTone = ref<'error' | 'success'>('success')

  async function load() {
    failure.value = null
    try {
      items.value = await listMyNotifications(userId)
    } catch (error) {
      failure.value = failureKind(error)
    } finally {
      loading.value = false
    }
  }

  async function run(action: () => Promise<void>, done: string) {
    try {
      await action()
      await load()
      await refreshUnreadCount()
      status.value = done
      statusTone.value = 'success'
    } catch (error) {
      status.value = describe(error)
      statusTone.value = 'error'
    }
  }

  const read = (item: AppNotification) => run(() => markRead(userId, [item.id]), '')
  const readAll = () => run(() => markAllRead(userId), t('citizen.notifications.allRead'))

  onMounted(load)
  return { items, loading, failure, status, statusTone, load, read, readAll }
}
