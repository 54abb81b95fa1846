import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { markAllRead } from '@/api/notifications'
import { listObjectionsForRequest, submitObjection, type Objection, type ObjectionInput } from '@/api/objections'
import { listPublicTimeline, sendMessage, type TimelineEvent } from '@/api/requestEvents'
import {
  addWorkingDays,
  completeRequest,
  confirmReceipt,
  documentDownloadUrl,
  getRequest,
  holidaysBetween,
  listRequestDocuments,
  withdrawRequest,
  type MyRequest,
  type RequestDocument,
  type SkippedHoliday,
} from '@/api/requests'
import { getMySurvey, submitSurvey, type Survey, type SurveyInput } from '@/api/survey'
import { failureKind, useFailureMessage, type FailureKind } from './failureMessage'
import { deadlineSpans, objectionOffer, spanKey, type DeadlineSpan, type ObjectionOffer } from './requestDeadlines'
import { refreshUnreadCount } from './useUnreadCount'

/** Everything the request page shows, and the citizen's actions on it. */
export function useRequestDetail(requestId: string, userId: string) {
  const { t } = useI18n()
  const describe = useFailureMessage()
  const request = shallowRef<MyRequest | null>(null)
  const events = shallowRef<TimelineEvent[]>([])
  const documents = shallowRef<RequestDocument[]>([])
  const objections = shallowRef<Objection[]>([])
  const survey = shallowRef<Survey | null>(null)
  const holidays = shallowRef<Record<string, SkippedHoliday[]>>({})
  const spans = shallowRef<DeadlineSpan[]>([])
  const offer = shallowRef<ObjectionOffer | null>(null)
  const loading = ref(true)
  const failure = ref<FailureKind | null>(null)
  const status = ref('')
  const statusTone = ref<'error' | 'success' | 'info'>('info')
  const busy = ref<string | null>(null)

  const messages = computed(() => events.value.filter((e) => e.kind === 'message'))

  async function load() {
    failure.value = null
    try {
      const [row, timeline, docs, objs] = await Promise.all([
        getRequest(requestId), listPublicTimeline(requestId), listRequestDocuments(requestId), listObjectionsForRequest(requestId),
      ])
      if (!row) {
        failure.value = 'notFound'
        return
      }
      request.value = row
      events.value = timeline
      documents.value = docs
      objections.value = objs
      survey.value = row.status === 'closed' || row.status === 'closed_incomplete' ? await getMySurvey(requestId) : null
      spans.value = deadlineSpans(row, timeline, objs)
      const found = objectionOffer(row, objs)
      if (found && !found.windowUntil) found.windowUntil = await addWorkingDays(found.groundOn, 30)
      offer.value = found
      await loadHolidays()
      markAllRead(userId, requestId).then(refreshUnreadCount, () => undefined)
    } catch (error) {
      failure.value = failureKind(error)
    } finally {
      loading.value = false
    }
  }

  async function loadHolidays() {
    const pairs = [...new Map(spans.value.map((s) => [spanKey(s), s])).values()]
    const found = await Promise.all(pairs.map((s) => holidaysBetween(s.from, s.to)))
    holidays.value = Object.fromEntries(pairs.map((s, i) => [spanKey(s), found[i] ?? []]))
  }

  /** Runs one action at a time; a conflict reloads so the citizen sees the state that won. */
  async function act(name: string, action: () => Promise<unknown>, done: string): Promise<boolean> {
    if (busy.value) return false
    busy.value = name
    status.value = ''
    try {
      await action()
      await load()
      status.value = done
      statusTone.value = 'success'
      return true
    } catch (error) {
      status.value = describe(error)
      statusTone.value = 'error'
      if (failureKind(error) === 'conflict') await load()
      return false
    } finally {
      busy.value = null
    }
  }

  const withdraw = (reason: string) => act('withdraw', () => withdrawRequest(requestId, reason), t('citizen.actions.withdrawn'))
  const confirm = () => act('confirm', () => confirmReceipt(requestId), t('citizen.actions.confirmed'))
  const complete = (note: string) => act('complete', () => completeRequest(requestId, note), t('citizen.actions.completed'))
  const send = (body: string) => act('message', () => sendMessage(requestId, body), t('citizen.messages.sent'))
  const answerSurvey = (input: SurveyInput) => act('survey', () => submitSurvey(requestId, input), t('citizen.survey.thanks'))
  let filed: Objection | null = null
  async function object(input: Omit<ObjectionInput, 'requestId'>): Promise<Objection | null> {
    const ok = await act('objection', async () => (filed = await submitObjection({ ...input, requestId })), '')
    if (ok && filed) status.value = t('citizen.objection.filed', { number: filed.registration_no })
    return ok ? filed : null
  }

  async function download(doc: RequestDocument) {
    try {
      const url = await documentDownloadUrl(doc)
      // The signed link answers with Content-Disposition: attachment, so the browser saves the file.
      window.location.assign(url)
    } catch (error) {
      status.value = describe(error)
      statusTone.value = 'error'
    }
  }

  return {
    request, events, messages, documents, objections, survey, holidays, spans, offer,
    loading, failure, status, statusTone, busy,
    load, withdraw, confirm, complete, send, answerSurvey, object, download,
  }
}
