import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { WorkspaceRequest } from '@/api/requestWorkspace'
import type { RequestActions } from '@/composables/useRequestActions'
import { i18n } from '@/i18n'
import { routes } from '@/router'

/** A request in process, as the workspace loads it (component tests of the officer side). */
export function fakeRequest(patch: Partial<WorkspaceRequest> = {}): WorkspaceRequest {
  return {
    id: '11111111-1111-4111-8111-111111111111', registration_no: 'PI-2026-00042', applicant_id: '22222222-2222-4222-8222-222222222222',
    registered_by: null, channel: 'web', applicant_type: 'perorangan', applicant_name: 'Siti Rahmawati',
    applicant_nik_masked: '6402••••••••0003', applicant_sk_number: null, applicant_address: 'Jl. Mawar No. 12, Tenggarong',
    applicant_occupation: 'Guru', applicant_phone: '081234567890', applicant_email: 'siti@contoh.id', applicant_fax: null,
    proxy_name: null, proxy_address: null, details: 'Salinan DPA Diskominfo 2026.', purpose: 'Penelitian anggaran daerah.',
    obtain_methods: ['salinan_softcopy'], copy_methods: ['email'], accessibility_needs: [], accessibility_note: null,
    target_unit_id: null, assigned_unit_id: null, assignee_id: null, status: 'in_process',
    received_at: '2026-11-20T02:00:00Z', received_on: '2026-11-20', due_notice_on: '2026-12-04', extended_at: null,
    extension_reason: null, due_final_on: null, deadline_provisional: false, completion_reason: null, completion_due_on: null,
    decision_type: null, information_status: null, information_forms: [], exemption_codes: [], exemption_other: null,
    holder_body: null, decision_note: null, notice_letter_no: null, notice_sent_at: null, delivery_due_on: null, fee_total: 0,
    payment_method: null, paid_at: null, delivery_method: null, delivery_note: null, delivered_at: null, closed_at: null,
    withdrawn_at: null, withdraw_reason: null, objection_open_until: null, reopened_by_objection: null,
    updated_at: '2026-11-20T02:00:00Z', next_deadline: '2026-12-04', working_days_left: 6, is_overdue: false,
    ...patch,
  }
}

/** Every action rejects loudly unless the test sets it up. */
export function fakeActions(): RequestActions {
  const loud = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected action ${name}(); set it up in the test.`)))
  return {
    accept: loud('accept'), askCompletion: loud('askCompletion'), assign: loud('assign'), extend: loud('extend'), decide: loud('decide'),
    recordPayment: loud('recordPayment'), upload: loud('upload'), deliver: loud('deliver'), close: loud('close'),
    closeIncomplete: loud('closeIncomplete'), sendMessage: loud('sendMessage'), addNote: loud('addNote'), revealNik: loud('revealNik'),
    download: loud('download'), registerObjection: loud('registerObjection'),
  } as unknown as RequestActions
}

/** Mounts a component with the real route table, i18n (Indonesian) and a fresh Pinia. */
export async function mountWith(component: Component, props: Record<string, unknown>) {
  setActivePinia(createPinia())
  i18n.global.locale.value = 'id'
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/')
  await router.isReady()
  return mount(component, { props, global: { plugins: [router, i18n] }, attachTo: document.body })
}

/**
 * Factory for `vi.mock('@/api/<module>', …)`: every function of the module rejects loudly until a test
 * sets it up; constants and classes stay real.
 */
export async function loudApi(path: string) {
  const actual = await vi.importActual<Record<string, unknown>>(path)
  return Object.fromEntries(Object.entries(actual).map(([name, value]) => [name,
    typeof value === 'function' && !/^[A-Z]/.test(name)
      ? vi.fn(() => Promise.reject(new Error(`Unexpected call to ${path} ${name}(); mock it in the test.`)))
      : value]))
}
