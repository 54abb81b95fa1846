import type { DecisionInput, DecisionType } from '@/api/requestActions'

export interface ConsequenceDraft {
  document: string
  exempt_items: string
  legal_basis: string
  harm_analysis: string
  public_interest: string
  result: string
  exemption_period: string
  signed_by: string
  decided_on: string
}
export type ConsequenceField = keyof ConsequenceDraft

/** Minimum lengths of the consequence_tests columns; 0 = optional. */
export const CONSEQUENCE_MIN: Record<ConsequenceField, number> = {
  document: 3, exempt_items: 3, legal_basis: 3, harm_analysis: 10, public_interest: 10, result: 3,
  exemption_period: 0, signed_by: 2, decided_on: 0,
}

export interface FeeDraft {
  item: string
  quantity: string
  unit_price: string
}

export interface DecisionDraft {
  decision: DecisionType
  letterNo: string
  note: string
  forms: string[]
  deliveryDueOn: string
  grounds: string[]
  other: string
  holder: string
  test: ConsequenceDraft
  fees: FeeDraft[]
}

export type DecisionErrors = Partial<Record<'grounds' | 'other' | 'holder' | 'fees', string>> & {
  test: Partial<Record<ConsequenceField, string>>
}

export const GRANTED: DecisionType[] = ['granted_full', 'granted_partial']
export const NEEDS_GROUNDS: DecisionType[] = ['granted_partial', 'rejected_exempt']

export function emptyDecision(): DecisionDraft {
  return {
    decision: 'granted_full', letterNo: '', note: '', forms: [], deliveryDueOn: '', grounds: [], other: '', holder: '',
    test: { document: '', exempt_items: '', legal_basis: '', harm_analysis: '', public_interest: '', result: '',
      exemption_period: '', signed_by: '', decided_on: '' },
    fees: [],
  }
}

export function feeTotal(fees: FeeDraft[]): number {
  return fees.reduce((sum, f) => sum + (Number(f.quantity) || 0) * (Number(f.unit_price) || 0), 0)
}

/**
 * The legal guards of decide_request (domain.md §4.3) checked before the call, as message keys per
 * field; the database checks them again.
 */
export function checkDecision(d: DecisionDraft): DecisionErrors {
  const errors: DecisionErrors = { test: {} }
  if (NEEDS_GROUNDS.includes(d.decision)) {
    if (d.grounds.length === 0) errors.grounds = 'officer.actions.decide.groundsRequired'
    if (d.grounds.includes('k') && d.other.trim().length < 3) errors.other = 'officer.actions.decide.otherRequired'
    for (const [field, min] of Object.entries(CONSEQUENCE_MIN) as [ConsequenceField, number][]) {
      const length = d.test[field].trim().length
      if (min > 0 && length < min) errors.test[field] = length === 0 ? 'officer.actions.required' : 'officer.actions.minLength'
    }
  }
  if (d.decision === 'not_held_forwarded' && d.holder.trim().length < 3) errors.holder = 'officer.actions.decide.holderRequired'
  if (GRANTED.includes(d.decision)) {
    const bad = d.fees.some((f) => f.item.trim().length < 2 || !/^\d+$/.test(f.quantity) || Number(f.quantity) < 1 || !/^\d+$/.test(f.unit_price))
    if (bad) errors.fees = 'officer.actions.decide.fees.invalid'
  }
  return errors
}

export function hasErrors(e: DecisionErrors): boolean {
  return Boolean(e.grounds || e.other || e.holder || e.fees || Object.keys(e.test).length)
}

/** The draft as decide_request's arguments: only what applies to the chosen decision type. */
export function toDecisionInput(d: DecisionDraft): DecisionInput {
  const input: DecisionInput = { decision: d.decision, letterNo: d.letterNo.trim(), note: d.note.trim() }
  if (NEEDS_GROUNDS.includes(d.decision)) {
    input.exemptionCodes = [...d.grounds].sort()
    if (d.grounds.includes('k')) input.exemptionOther = d.other.trim()
    const test = Object.fromEntries(Object.entries(d.test).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''))
    input.consequenceTest = test as unknown as DecisionInput['consequenceTest']
  }
  if (d.decision === 'not_held_forwarded') input.holderBody = d.holder.trim()
  if (GRANTED.includes(d.decision)) {
    input.informationForms = d.forms
    if (d.deliveryDueOn) input.deliveryDueOn = d.deliveryDueOn
    input.fees = d.fees.map((f) => ({ item: f.item.trim(), quantity: Number(f.quantity), unit_price: Number(f.unit_price) }))
  }
  return input
}
