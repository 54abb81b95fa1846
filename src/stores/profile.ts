import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { addIdentityDocument, listIdentityDocuments, type IdentityDocument } from '@/api/files'
import { getMyProfile, saveMyProfile, type Profile, type ProfileInput } from '@/api/profile'
import type { UploadedObject } from '@/lib/upload'
import { useSessionStore } from '@/stores/session'

export type ProfileStatus = 'idle' | 'loading' | 'ready'

/** The citizen's profile and identity documents, shared by the profile page and the request form. */
export const useProfileStore = defineStore('profile', () => {
  const session = useSessionStore()
  const profile = shallowRef<Profile | null>(null)
  const identityDocuments = ref<IdentityDocument[]>([])
  const status = ref<ProfileStatus>('idle')

  /** The newest identity document counts; one the magic-byte check rejected must be replaced. */
  const identityDocument = computed(() => identityDocuments.value[0] ?? null)
  /** Everything submit_request checks before filing: a profile and an identity document not rejected. */
  const isComplete = computed(
    () => profile.value !== null && identityDocument.value !== null && identityDocument.value.check_status !== 'mismatch',
  )

  function userId(): string {
    const id = session.user?.id
    if (!id) throw new Error('Not signed in')
    return id
  }

  let loading: Promise<void> | undefined
  async function fetchAll(): Promise<void> {
    status.value = 'loading'
    try {
      const id = userId()
      const [row, docs] = await Promise.all([getMyProfile(id), listIdentityDocuments(id)])
      profile.value = row
      identityDocuments.value = docs
      status.value = 'ready'
    } catch (error) {
      status.value = 'idle'
      throw error
    } finally {
      loading = undefined
    }
  }

  /** Loads once per user; later calls reuse the loaded data unless `force`. */
  function load(force = false): Promise<void> {
    if (status.value === 'ready' && !force) return Promise.resolve()
    loading ??= fetchAll()
    return loading
  }

  async function save(input: ProfileInput): Promise<Profile> {
    profile.value = await saveMyProfile(userId(), input)
    status.value = 'ready'
    return profile.value
  }

  async function addIdentity(object: UploadedObject): Promise<void> {
    await addIdentityDocument(object.path, object.originalName || null)
    identityDocuments.value = await listIdentityDocuments(userId())
  }

  function reset(): void {
    profile.value = null
    identityDocuments.value = []
    status.value = 'idle'
    loading = undefined
  }

  // Sign-out or another account signing in: nothing of the previous user stays in memory.
  watch(() => session.user?.id, (now, before) => {
    if (now !== before) reset()
  })

  return { profile, identityDocuments, identityDocument, status, isComplete, load, save, addIdentity, reset }
})
