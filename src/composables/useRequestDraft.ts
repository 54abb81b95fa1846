import { reactive, ref, watch } from 'vue'
import type { DraftFields, Step } from './requestValidation'
import { STEPS } from './requestValidation'

const VERSION = 1
export const draftKey = (userId: string) => `ppid-request-draft:${userId}`

export interface StoredDraft {
  version: number
  fields: DraftFields
  step: Step
  /** Kept with the draft so a retry after a lost answer returns the same registration number. */
  idempotencyKey: string
  savedAt: string
}

export function emptyFields(): DraftFields {
  return {
    details: '',
    purpose: '',
    targetUnitId: null,
    obtainMethods: [],
    copyMethods: [],
    viaProxy: false,
    proxyName: '',
    proxyAddress: '',
    accessibilityNeeds: [],
    accessibilityNote: '',
    declaration: false,
  }
}

function read(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<StoredDraft>
    if (parsed.version !== VERSION || typeof parsed.idempotencyKey !== 'string' || !parsed.fields) return null
    return {
      version: VERSION,
      fields: { ...emptyFields(), ...parsed.fields },
      step: STEPS.includes(parsed.step as Step) ? (parsed.step as Step) : 'details',
      idempotencyKey: parsed.idempotencyKey,
      savedAt: parsed.savedAt ?? '',
    }
  } catch {
    return null
  }
}

/**
 * The request form's text, kept in localStorage per user as it is typed: never the NIK, never files
 * (security.md: drafts are text only). Survives a reload, a crash or a dropped connection.
 */
export function useRequestDraft(userId: string) {
  const key = draftKey(userId)
  const stored = read(key)
  const fields = reactive<DraftFields>(stored?.fields ?? emptyFields())
  const step = ref<Step>(stored?.step ?? 'details')
  const idempotencyKey = ref(stored?.idempotencyKey ?? crypto.randomUUID())
  const restored = stored !== null && hasContent(stored.fields)
  const storageFailed = ref(false)

  function save() {
    try {
      // An empty form is not worth keeping (and clearing must not write it back).
      if (!hasContent(fields)) return localStorage.removeItem(key)
      const draft: StoredDraft = { version: VERSION, fields: { ...fields }, step: step.value, idempotencyKey: idempotencyKey.value, savedAt: new Date().toISOString() }
      localStorage.setItem(key, JSON.stringify(draft))
      storageFailed.value = false
    } catch {
      // Private mode or a full disk: the form still works, it just will not survive a reload.
      storageFailed.value = true
    }
  }

  const stop = watch([fields, step], save, { deep: true })

  /** After a successful submit (or on request): forget the text and start a fresh key. */
  function clear() {
    Object.assign(fields, emptyFields())
    step.value = 'details'
    idempotencyKey.value = crypto.randomUUID()
    try {
      localStorage.removeItem(key)
    } catch {
      // Nothing stored, nothing to remove.
    }
  }

  return { fields, step, idempotencyKey, restored, storageFailed, save, clear, stop }
}

function hasContent(f: DraftFields): boolean {
  return Boolean(f.details.trim() || f.purpose.trim() || f.obtainMethods.length || f.proxyName.trim())
}
