import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ReportNarrative } from '@/api/report'
import ReportNarrativeForm from '@/components/report/ReportNarrativeForm.vue'
import { i18n } from '@/i18n'

const NARRATIVE: ReportNarrative = {
  id: 1, period_from: '2025-01-01', period_to: '2025-12-31', policy: '<b>Kebijakan</b>\nbaris dua', implementation: null,
  facilities: null, human_resources: null, budget: null, service_notes: null, dispute_notes: null, constraints_internal: null,
  constraints_external: null, recommendations: 'Tambah petugas', updated_by: null, created_at: '2026-01-05T01:00:00Z',
  updated_at: '2026-01-05T01:00:00Z',
}

function mountForm(canEdit: boolean, narrative: ReportNarrative | null = NARRATIVE) {
  i18n.global.locale.value = 'id'
  return mount(ReportNarrativeForm, {
    props: { narrative, period: '2025', canEdit, saving: false, saved: false, error: '' },
    global: { plugins: [i18n] },
  })
}

describe('ReportNarrativeForm', () => {
  it('lets an officer edit every section and emits all ten texts', async () => {
    const wrapper = mountForm(true)
    expect(wrapper.findAll('textarea')).toHaveLength(10)
    expect((wrapper.get('#narrative-policy').element as HTMLTextAreaElement).value).toBe('<b>Kebijakan</b>\nbaris dua')
    await wrapper.get('#narrative-budget').setValue('Rp 100 juta')
    await wrapper.get('form').trigger('submit')
    const texts = wrapper.emitted('save')?.[0]?.[0]
    expect(texts).toMatchObject({ policy: '<b>Kebijakan</b>\nbaris dua', budget: 'Rp 100 juta', recommendations: 'Tambah petugas', facilities: '' })
    expect(Object.keys(texts ?? {})).toHaveLength(10)
  })

  it('shows the Atasan PPID the text only, inert', () => {
    const wrapper = mountForm(false)
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.text()).toContain('yang dapat mengubahnya adalah petugas dan PPID')
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<b>Kebijakan</b>')
    expect(wrapper.text()).toContain('(belum diisi)')
  })

  it('takes in the text another officer saved when the narrative changes', async () => {
    const wrapper = mountForm(true, null)
    expect((wrapper.get('#narrative-policy').element as HTMLTextAreaElement).value).toBe('')
    await wrapper.setProps({ narrative: NARRATIVE })
    expect((wrapper.get('#narrative-recommendations').element as HTMLTextAreaElement).value).toBe('Tambah petugas')
  })
})
