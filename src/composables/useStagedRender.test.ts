/* eslint-disable vue/one-component-per-file -- a page and the app shell around it, as the staging is between them */
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick, onMounted, ref } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { hydratedInTurn, stageFirstLoad, useStagedRender } from './useStagedRender'

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

describe('hydratedInTurn', () => {
  // A prerendered shell: a header and a page each hydrated in turn, the page with a staged part, and a
  // footer staged last. Each records when it has been taken over, and answers a click only then.
  const taken: string[] = []
  const part = (name: string, render: (clicks: number) => ReturnType<typeof h>[] = () => []) =>
    defineComponent({
      setup() {
        const clicks = ref(0)
        onMounted(() => taken.push(name))
        return () => h('section', { id: name }, [h('button', { onClick: () => (clicks.value += 1) }, `${name} ${clicks.value}`), ...render(clicks.value)])
      },
    })
  const StagedPage = defineComponent({
    setup() {
      const shown = useStagedRender(1)
      onMounted(() => taken.push('page'))
      return () => h('section', { id: 'page' }, [h('h1', 'page'), shown.value > 0 ? h('p', 'below') : null])
    },
  })
  const Header = hydratedInTurn(part('header'))
  const InTurnPage = hydratedInTurn(StagedPage)
  const App = defineComponent({
    setup() {
      const footer = useStagedRender(1, { last: true })
      return () => h('div', [h(Header), h('main', [h(InTurnPage)]), footer.value > 0 ? h('footer', 'footer') : null])
    },
  })

  it('hydrates each part in a task of its own, inert until then, the staged parts after and the footer last', async () => {
    stageFirstLoad()
    const html = await renderToString(createSSRApp(App))
    const root = document.createElement('div')
    root.innerHTML = html
    document.body.append(root)
    const warn = vi.spyOn(console, 'warn')
    vi.useFakeTimers()
    stageFirstLoad()
    createSSRApp(App).mount(root)
    await flushPromises()
    const inert = () => [...root.querySelectorAll('[inert]')].map((element) => element.id)
    const headerButton = () => root.querySelector<HTMLButtonElement>('#header button')!

    // The mount took over the shell only: its parts are still the prerendered elements, inert.
    expect(taken).toEqual([])
    expect(inert()).toEqual(['header', 'page'])
    headerButton().click()
    await nextTick()
    expect(headerButton().textContent).toBe('header 0')

    await nextTask()
    expect(taken).toEqual(['header'])
    expect(inert()).toEqual(['page'])
    headerButton().click()
    await nextTick()
    expect(headerButton().textContent).toBe('header 1')

    await nextTask()
    expect(taken).toEqual(['header', 'page'])
    expect(inert()).toEqual([])
    expect(root.querySelector('p')).toBeNull()
    await nextTask()
    expect(root.querySelector('p')?.textContent).toBe('below')
    expect(root.querySelector('footer')).toBeNull()
    await nextTask()
    expect(root.querySelector('footer')?.textContent).toBe('footer')
    // The same elements, taken over: nothing was rendered anew or found not to match.
    expect(warn).not.toHaveBeenCalled()
    root.remove()
  })

  it('renders at once, with no wait for a turn, when the app mounts afresh', async () => {
    const wrapper = mount(App)
    await flushPromises()
    expect(wrapper.find('#header').exists()).toBe(true)
    expect(wrapper.find('#page p').exists()).toBe(true)
    expect(wrapper.find('[inert]').exists()).toBe(false)
  })
})
