import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReportPeriodPicker from '@/components/report/ReportPeriodPicker.vue'
import { currentYear, isValidRange, presetOf, presetRange, rangeFromQuery } from '@/components/report/reportPeriod'
import { i18n } from '@/i18n'

function mountPicker(modelValue = { from: '2025-01-01', to: '2025-12-31' }) {
  i18n.global.locale.value = 'id'
  return mount(ReportPeriodPicker, { props: { modelValue, idPrefix: 'p' }, global: { plugins: [i18n] } })
}

describe('period presets', () => {
  it('gives the calendar year and its two halves', () => {
    expect(presetRange('year', 2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(presetRange('semester1', 2025)).toEqual({ from: '2025-01-01', to: '2025-06-30' })
    expect(presetRange('semester2', 2025)).toEqual({ from: '2025-07-01', to: '2025-12-31' })
  })

  it('recognises a preset range, and anything else as custom', () => {
    expect(presetOf({ from: '2024-07-01', to: '2024-12-31' })).toEqual({ preset: 'semester2', year: 2024 })
    expect(presetOf({ from: '2024-07-01', to: '2024-12-30' })).toEqual({ preset: 'custom', year: 2024 })
  })

  it('accepts the ranges the database accepts, and only those', () => {
    expect(isValidRange({ from: '2024-02-29', to: '2024-02-29' })).toBe(true)
    expect(isValidRange({ from: '2024-01-01', to: '2034-01-08' })).toBe(true) // 3,660 days
    expect(isValidRange({ from: '2024-01-01', to: '2034-01-09' })).toBe(false)
    expect(isValidRange({ from: '2025-02-29', to: '2025-03-01' })).toBe(false) // no such day
    expect(isValidRange({ from: '2025-03-02', to: '2025-03-01' })).toBe(false)
    expect(isValidRange({ from: '', to: '2025-03-01' })).toBe(false)
  })

  it('reads the period from the URL, or falls back to the current year in Kutai Kartanegara', () => {
    expect(rangeFromQuery({ dari: '2025-03-01', sampai: '2025-03-31' })).toEqual({ from: '2025-03-01', to: '2025-03-31' })
    // 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in WITA.
    const newYear = new Date('2026-12-31T17:00:00Z')
    expect(currentYear(newYear)).toBe(2027)
    expect(rangeFromQuery({ dari: 'x', sampai: '2025-03-31' }, newYear)).toEqual({ from: '2027-01-01', to: '2027-12-31' })
  })
})

describe('ReportPeriodPicker', () => {
  it('emits the semester the officer picks for the year typed', async () => {
    const wrapper = mountPicker()
    await wrapper.get('#p-preset').setValue('semester2')
    await wrapper.get('#p-year').setValue('2024')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ from: '2024-07-01', to: '2024-12-31' }]])
  })

  it('shows the preset of the current range and emits the annual range', async () => {
    const wrapper = mountPicker({ from: '2026-01-01', to: '2026-06-30' })
    expect((wrapper.get('#p-preset').element as HTMLSelectElement).value).toBe('semester1')
    await wrapper.get('#p-preset').setValue('year')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ from: '2026-01-01', to: '2026-12-31' }]])
  })

  it('takes any range, and refuses a reversed one with a message tied to the fields', async () => {
    const wrapper = mountPicker()
    await wrapper.get('#p-preset').setValue('custom')
    await wrapper.get('#p-from').setValue('2025-03-10')
    await wrapper.get('#p-to').setValue('2025-03-01')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(wrapper.get('[role="alert"]').text()).toContain('tanggal akhir tidak boleh sebelum tanggal awal')
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('p-error')
    expect(wrapper.get('#p-to').attributes('aria-invalid')).toBe('true')
    await wrapper.get('#p-to').setValue('2025-04-15')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ from: '2025-03-10', to: '2025-04-15' }]])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('refuses a year outside 2000–2100', async () => {
    const wrapper = mountPicker()
    await wrapper.get('#p-year').setValue('1999')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })
})
