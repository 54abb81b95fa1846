import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import StatisticsBars from '@/components/statistics/StatisticsBars.vue'
import { i18n } from '@/i18n'

const ROWS = [
  { key: 'web', label: 'Situs web', count: 40 },
  { key: 'surat', label: 'Surat', count: 10 },
]

describe('StatisticsBars', () => {
  it('draws one SVG bar per row, scaled to the largest, with its number written beside it', () => {
    const wrapper = mount(StatisticsBars, { props: { caption: 'Per saluran', rows: ROWS }, global: { plugins: [i18n] } })
    const bars = wrapper.findAll('rect')
    expect(bars.map((b) => b.attributes('width'))).toEqual(['85%', '21.25%'])
    expect(wrapper.findAll('.statistics-bars__value').map((v) => v.text())).toEqual(['40', '10'])
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
  })

  it('carries the same figures in a captioned table for screen readers', () => {
    const wrapper = mount(StatisticsBars, { props: { caption: 'Per saluran', rows: ROWS }, global: { plugins: [i18n] } })
    expect(wrapper.get('caption').text()).toBe('Per saluran')
    expect(wrapper.findAll('tbody th[scope="row"]').map((th) => th.text())).toEqual(['Situs web', 'Surat'])
    expect(wrapper.findAll('tbody td').map((td) => td.text())).toEqual(['40', '10'])
  })

  it('shows a dash and no drawing when there is nothing to count', () => {
    const wrapper = mount(StatisticsBars, { props: { caption: 'Per saluran', rows: [] }, global: { plugins: [i18n] } })
    expect(wrapper.find('svg').exists()).toBe(false)
    expect(wrapper.get('tbody').text()).toBe('–')
  })
})
