/* eslint-disable vue/one-component-per-file -- a page and the app shell around it, as the staging is between them */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { stageFirstLoad, useStagedRender } from './useStagedRender'

const Page = defineComponent({
  setup() {
    const shown = useStagedRender(2)
    return () => h('div', [h('h1', 'page'), shown.value > 0 ? h('p', 'one') : null, shown.value > 1 ? h('p', 'two') : null])
  },
})

const Shell = defineComponent({
  setup() {
    const shown = useStagedRender(1)
    return () => h('div', [h(Page), shown.value > 0 ? h('footer', 'footer') : null])
  },
})

async function nextTask() {
  await vi.advanceTimersToNextTimerAsync()
  await nextTick()
}

afterEach(() => {
  vi.useRealTimers()
})

describe('useStagedRender', () => {
  it('shows every part at once when the first load is not staged', () => {
    const wrapper = mount(Shell)
    expect(wrapper.findAll('p').map((p) => p.text())).toEqual(['one', 'two'])
    expect(wrapper.find('footer').exists()).toBe(true)
  })

  it('on the first load shows one part per task, the page before the shell, then stops staging', async () => {
    vi.useFakeTimers()
    stageFirstLoad()
    const wrapper = mount(Shell)
    const visible = () => [...wrapper.findAll('p').map((p) => p.text()), ...(wrapper.find('footer').exists() ? ['footer'] : [])]

    expect(wrapper.find('h1').exists()).toBe(true)
    expect(visible()).toEqual([])
    await nextTask()
    expect(visible()).toEqual(['one'])
    await nextTask()
    expect(visible()).toEqual(['one', 'two'])
    await nextTask()
    expect(visible()).toEqual(['one', 'two', 'footer'])

    // A page opened later (a navigation) is whole at once.
    expect(mount(Page).findAll('p')).toHaveLength(2)
  })
})
