import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import * as authApi from '@/api/auth'
import type { Session } from '@/api/auth'
import { listMyActiveRoles, type StaffRole } from '@/api/roles'

export type SessionStatus = 'idle' | 'restoring' | 'ready'

export const useSessionStore = defineStore('session', () => {
  const session = shallowRef<Session | null>(null)
  const status = ref<SessionStatus>('idle')
  const user = computed(() => session.value?.user ?? null)
  const isSignedIn = computed(() => session.value !== null)
  /** Active staff roles of the signed-in user; empty for citizens. For menus and guards only. */
  const roles = ref<StaffRole[]>([])
  const isStaff = computed(() => roles.value.length > 0)

  function hasAnyRole(wanted: readonly StaffRole[]): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  async function loadRoles(): Promise<void> {
    const userId = session.value?.user.id
    roles.value = userId ? await listMyActiveRoles(userId) : []
  }

  let restoring: Promise<void> | undefined
  let rolesLoading: Promise<void> = Promise.resolve()

  /** Reloads the roles; rolesReady() waits for the latest load. */
  function refreshRoles(): Promise<void> {
    rolesLoading = loadRoles()
    return rolesLoading
  }

  async function restore(): Promise<void> {
    status.value = 'restoring'
    try {
      session.value = await authApi.getSession()
      // Only staff routes and the staff menu need the roles: citizen pages need not wait for the query.
      refreshRoles().catch(() => (roles.value = []))
      await authApi.onAuthStateChange((event, next) => {
        if (event === 'SIGNED_OUT') return reset()
        const userChanged = next?.user.id !== session.value?.user.id
        session.value = next
        if (userChanged) refreshRoles().catch(() => (roles.value = []))
      })
    } catch (error) {
      // A broken restore must not block navigation forever; the next guarded route retries.
      restoring = undefined
      status.value = 'idle'
      throw error
    }
    status.value = 'ready'
  }

  /**
   * Resolves once the stored session has been restored and the auth listener is attached.
   * Lazy: the first call loads supabase-js, later calls share the same promise.
   */
  function ready(): Promise<void> {
    restoring ??= restore()
    return restoring
  }

  /** Resolves once the session is restored and its staff roles are loaded (rejects if they could not be). */
  async function rolesReady(): Promise<void> {
    await ready()
    await rolesLoading
  }

  /** Restores in the background only when a session may exist, so anonymous visitors skip supabase-js. */
  function restoreIfHinted(): void {
    if (authApi.mayHaveSession()) ready().catch(() => undefined)
  }

  async function signIn(email: string, password: string): Promise<void> {
    await ready()
    session.value = await authApi.signIn(email, password)
    await refreshRoles()
  }

  /** Returns true when the account must be confirmed by email before signing in. */
  async function signUp(email: string, password: string, emailRedirectTo?: string): Promise<boolean> {
    await ready()
    const result = await authApi.signUp(email, password, emailRedirectTo)
    session.value = result.session
    return result.session === null
  }

  async function signOut(): Promise<void> {
    await ready()
    await authApi.signOut()
    reset()
  }

  /** Clears everything that belongs to the signed-in user. Stores added later reset here too. */
  function reset(): void {
    session.value = null
    roles.value = []
  }

  return {
    session,
    user,
    status,
    isSignedIn,
    roles,
    isStaff,
    hasAnyRole,
    loadRoles,
    ready,
    rolesReady,
    restoreIfHinted,
    signIn,
    signUp,
    signOut,
    reset,
  }
})

export type SessionStore = ReturnType<typeof useSessionStore>
