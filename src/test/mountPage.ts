import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n'
import { routes } from '@/router'

/** Mounts a page at `path` with the real route table, i18n (Indonesian) and a fresh Pinia. */
export async function mountPage(component: Component, path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  i18n.global.locale.value = 'id'
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    global: { plugins: [router, pinia, i18n] },
    attachTo: document.body,
  })
  return { wrapper, router }
}
