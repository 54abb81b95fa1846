import { computed, inject, nextTick, ref, type InjectionKey } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { submitRequest, type SubmitRequestInput } from '@/api/requests'
import type { UploadedObject } from '@/lib/upload'
import { failureKind, useFailureMessage, type FailureKind } from './failureMessage'
import { handOffReceipt } from './receiptHandoff'
import { STEPS, stepProblems, wantsCopy, type DraftField, type Problems, type Step } from './requestValidation'
import { useRequestDraft } from './useRequestDraft'

export type AttachmentRef = SubmitRequestInput['attachments'][number]

export const FORM_ID = 'request-form'
export const fieldId = (field: DraftField) => `${FORM_ID}-${field}`
export const stepHeadingId = `${FORM_ID}-step-heading`

/** The step-by-step request form: draft, validation per step, one idempotent submit. */
export function useRequestForm(userId: string) {
  const { t } = useI18n()
  const router = useRouter()
  const describe = useFailureMessage()
  const draft = useRequestDraft(userId)
  const proxyNik = ref('')
  // Uploaded objects (never the files themselves) live in memory only: a reload asks for them again.
  const powerOfAttorney = ref<UploadedObject | null>(null)
  const supporting = ref<(UploadedObject | null)[]>([null])
  const attachments = computed<AttachmentRef[]>(() => {
    const ref = (object: UploadedObject, kind: AttachmentRef['kind']): AttachmentRef =>
      ({ bucket: object.bucket, name: object.path, kind, original_name: object.originalName })
    const list = supporting.value.filter((o): o is UploadedObject => o !== null).map((o) => ref(o, 'supporting'))
    if (draft.fields.viaProxy && powerOfAttorney.value) list.push(ref(powerOfAttorney.value, 'power_of_attorney'))
    return list
  })
  const errors = ref<Partial<Record<DraftField, string>>>({})
  const status = ref(draft.restored ? t('citizen.form.draftRestored') : '')
  const statusTone = ref<'error' | 'info' | 'success'>('info')
  const failure = ref<FailureKind | null>(null)
  const busy = ref(false)

  const stepIndex = computed(() => STEPS.indexOf(draft.step.value))
  const hasPowerOfAttorney = computed(() => powerOfAttorney.value !== null)

  function messages(problems: Problems) {
    const out: Partial<Record<DraftField, string>> = {}
    for (const [field, problem] of Object.entries(problems) as [DraftField, NonNullable<Problems[DraftField]>][]) {
      out[field] = t(`citizen.validation.${problem.key}`, problem.params ?? {})
    }
    return out
  }

  function problemsOf(step: Step) {
    return stepProblems(step, draft.fields, { proxyNik: proxyNik.value.trim(), hasPowerOfAttorney: hasPowerOfAttorney.value })
  }

  async function focus(id: string) {
    await nextTick()
    document.getElementById(id)?.focus()
  }

  async function showProblems(problems: Problems) {
    errors.value = messages(problems)
    status.value = t('citizen.validation.checkFields')
    statusTone.value = 'error'
    const first = Object.keys(problems)[0] as DraftField | undefined
    if (first) await focus(fieldId(first))
  }

  /** Re-checks one field as the citizen leaves it, so errors clear (or appear) as they go. */
  function validateField(field: DraftField) {
    const problem = problemsOf(draft.step.value)[field]
    const next = { ...errors.value }
    if (problem) next[field] = t(`citizen.validation.${problem.key}`, problem.params ?? {})
    else delete next[field]
    errors.value = next
  }

  async function goTo(step: Step) {
    draft.step.value = step
    errors.value = {}
    status.value = ''
    await focus(stepHeadingId)
  }

  async function next() {
    const problems = problemsOf(draft.step.value)
    if (Object.keys(problems).length > 0) return showProblems(problems)
    const following = STEPS[stepIndex.value + 1]
    if (following) await goTo(following)
  }

  async function back() {
    const previous = STEPS[stepIndex.value - 1]
    if (previous) await goTo(previous)
  }

  async function submit() {
    if (busy.value) return
    for (const step of STEPS) {
      const problems = problemsOf(step)
      if (Object.keys(problems).length === 0) continue
      if (step !== draft.step.value) await goTo(step)
      return showProblems(problems)
    }
    const f = draft.fields
    busy.value = true
    failure.value = null
    status.value = ''
    try {
      const receipt = await submitRequest({
        idempotencyKey: draft.idempotencyKey.value,
        details: f.details,
        purpose: f.purpose,
        targetUnitId: f.targetUnitId,
        obtainMethods: [...f.obtainMethods],
        copyMethods: wantsCopy(f.obtainMethods) ? [...f.copyMethods] : [],
        declaration: f.declaration,
        attachments: attachments.value,
        accessibilityNeeds: [...f.accessibilityNeeds],
        accessibilityNote: f.accessibilityNote,
        proxyName: f.viaProxy ? f.proxyName : undefined,
        proxyNik: f.viaProxy ? proxyNik.value : undefined,
        proxyAddress: f.viaProxy ? f.proxyAddress : undefined,
      })
      handOffReceipt(receipt)
      draft.clear()
      forgetFiles()
      await router.push({ name: 'citizen-request-receipt', params: { id: receipt.id } })
    } catch (error) {
      failure.value = failureKind(error)
      status.value = describe(error)
      statusTone.value = 'error'
    } finally {
      busy.value = false
    }
  }

  function forgetFiles() {
    powerOfAttorney.value = null
    supporting.value = [null]
    proxyNik.value = ''
  }

  async function clearDraft() {
    draft.clear()
    forgetFiles()
    errors.value = {}
    failure.value = null
    status.value = t('citizen.form.draftCleared')
    statusTone.value = 'info'
    await focus(stepHeadingId)
  }

  return {
    fields: draft.fields,
    step: draft.step,
    stepIndex,
    idempotencyKey: draft.idempotencyKey,
    storageFailed: draft.storageFailed,
    proxyNik,
    attachments,
    powerOfAttorney,
    supporting,
    errors,
    status,
    statusTone,
    failure,
    busy,
    next,
    back,
    goTo,
    submit,
    validateField,
    clearDraft,
    stopSaving: draft.stop,
  }
}

export type RequestForm = ReturnType<typeof useRequestForm>
export const REQUEST_FORM = Symbol('request-form') as InjectionKey<RequestForm>

/** The form of the enclosing request page, for its step components. */
export function useInjectedRequestForm(): RequestForm {
  const form = inject(REQUEST_FORM)
  if (!form) throw new Error('Request form steps must be rendered inside the request form page.')
  return form
}
