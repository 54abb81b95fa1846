import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n'
import RequestActions from './RequestActions.vue'

function mountActions(status: 'needs_completion' | 'in_process', complete = vi.fn(() => Promise.resolve(true))) {
  i18n.global.locale.value = 'id'
  const wrapper = mount(RequestActions, {
    props: { status, busy: null, withdraw: vi.fn(), confirm: vi.fn(), complete },
    global: { plugins: [i18n] },
  })
  return { wrapper, complete }
}

describe('RequestActions', () => {
  it('offers the completion form while the officer waits for it, and sends the note', async () => {
    const { wrapper, complete } = mountActions('needs_completion')
    expect(wrapper.get('legend').text()).toBe('Lengkapi permohonan')
    await wrapper.get('#request-completion-note').setValue('Tahun anggaran 2025.')
    await wrapper.get('form').trigger('submit')
    expect(complete).toHaveBeenCalledWith('Tahun anggaran 2025.')
  })

  it('keeps the note when sending fails, so nothing typed is lost', async () => {
    const { wrapper } = mountActions('needs_completion', vi.fn(() => Promise.resolve(false)))
    await wrapper.get('#request-completion-note').setValue('Tahun anggaran 2025.')
    await wrapper.get('form').trigger('submit')
    await Promise.resolve()
    expect((wrapper.get('#request-completion-note').element as HTMLTextAreaElement).value).toBe('Tahun anggaran 2025.')
  })

  it('shows no completion form once the request is processed again', () => {
    const { wrapper } = mountActions('in_process')
    expect(wrapper.find('#request-completion-note').exists()).toBe(false)
  })
})
