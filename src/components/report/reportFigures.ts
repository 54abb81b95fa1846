import type { ReportStatistics } from '@/api/report'
import { i18n } from '@/i18n'

/** One line of a figure table and one bar of its chart. */
export interface FigureRow {
  key: string
  label: string
  count: number
}

const t = (key: string, values?: Record<string, unknown>) => (values ? i18n.global.t(key, values) : i18n.global.t(key))
const locale = () => (i18n.global.locale.value === 'en' ? 'en-GB' : 'id-ID')

/** `2024-03` as "Maret 2024". */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
}

/** The entries of a count object in the order of `order` (known keys first), labelled; zero rows left out. */
function ordered(counts: Record<string, number | undefined>, order: readonly string[], label: (key: string) => string): FigureRow[] {
  const keys = [...order.filter((k) => k in counts), ...Object.keys(counts).filter((k) => !order.includes(k)).sort()]
  return keys.map((key) => ({ key, label: label(key), count: counts[key] ?? 0 })).filter((row) => row.count > 0)
}

const CHANNELS = ['web', 'langsung', 'telepon', 'email', 'surat', 'whatsapp', 'lainnya']
const DECISIONS = ['granted_full', 'granted_partial', 'rejected_exempt', 'not_held_forwarded', 'not_held_unknown', 'not_yet_documented']
const STATUSES = ['submitted', 'in_process', 'needs_completion', 'extended', 'decided', 'awaiting_payment', 'delivered', 'closed',
  'closed_incomplete', 'withdrawn']
const OBJECTION_STATUSES = ['submitted', 'in_review', 'upheld', 'rejected', 'settled_musyawarah', 'withdrawn']
const STAGES = ['registered', 'mediation', 'adjudication', 'decided', 'appealed', 'final', 'executed']
const OUTCOMES = ['applicant_wins', 'partly', 'applicant_loses', 'settled', 'pending']
const LETTERS = 'abcdefghijk'.split('')

type Figures = Pick<ReportStatistics, 'by_month' | 'by_channel' | 'by_decision' | 'by_status' | 'refusals_by_ground'
  | 'objections_by_ground' | 'objections_by_status' | 'disputes_by_outcome'>

export const monthRows = (s: Pick<Figures, 'by_month'>): FigureRow[] =>
  s.by_month.map((m) => ({ key: m.month, label: monthLabel(m.month), count: m.count }))
export const channelRows = (s: Pick<Figures, 'by_channel'>) => ordered(s.by_channel, CHANNELS, (k) => t(`enums.channel.${k}`))
export const decisionRows = (s: Pick<Figures, 'by_decision'>) => ordered(s.by_decision, DECISIONS, (k) => t(`enums.decisionType.${k}`))
export const statusRows = (s: Pick<Figures, 'by_status'>) => ordered(s.by_status, STATUSES, (k) => t(`enums.requestStatus.${k}`))
export const groundRows = (s: Pick<Figures, 'refusals_by_ground'>) =>
  ordered(s.refusals_by_ground, LETTERS, (k) => (k === 'k' ? t('reports.report.groundOther') : t('reports.report.ground', { code: k })))
export const objectionGroundRows = (s: Pick<Figures, 'objections_by_ground'>) =>
  ordered(s.objections_by_ground, LETTERS, (k) => t(`enums.objectionGround.${k}`))
export const objectionStatusRows = (s: Pick<Figures, 'objections_by_status'>) =>
  ordered(s.objections_by_status, OBJECTION_STATUSES, (k) => t(`enums.objectionStatus.${k}`))
export const outcomeRows = (s: Pick<Figures, 'disputes_by_outcome'>) =>
  ordered(s.disputes_by_outcome, OUTCOMES, (k) => t(`reports.report.outcomes.${k}`))
export const stageRows = (s: Pick<ReportStatistics, 'disputes_by_stage'>) =>
  ordered(s.disputes_by_stage, STAGES, (k) => t(`reports.report.stages.${k}`))
export const unitRows = (s: Pick<ReportStatistics, 'by_unit'>): FigureRow[] =>
  s.by_unit.map((u) => ({ key: u.unit, label: u.unit, count: u.count }))

/** "83,3%": a 0–1 share as a percentage with one decimal. */
export function percent(share: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share)
}

/** Working days, or a dash when nothing was answered. */
export function workingDays(n: number | null): string {
  if (n === null) return t('reports.report.none')
  return t('reports.report.workingDays', { n: new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(n) })
}
