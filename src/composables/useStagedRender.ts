import { defineAsyncComponent, onMounted, ref, type Component, type HydrationStrategy, type Ref } from 'vue'

// On the first load the whole page is built in the one task that mounts the app, and on a cheap phone
// that task blocks input for hundreds of milliseconds (Lighthouse counts it as Total Blocking Time).
// It is split instead: the prerendered page's parts are hydrated one per task (hydratedInTurn), and
// parts below the fold appear one task after another (useStagedRender), letting the browser paint and
// answer taps in between. Only the first load is staged: a later navigation shows the whole page at
// once, so a restored scroll position finds all of it.
let staging = false
const queue: (() => void)[] = []
// Parts that must come after all the others (the footer): they would otherwise push them down.
const last: (() => void)[] = []

let scheduled = false

function schedule() {
  if (scheduled) return
  scheduled = true
  setTimeout(runNext, 0)
}

function runNext() {
  scheduled = false
  ;(queue.shift() ?? last.shift())?.()
  if (queue.length > 0 || last.length > 0) schedule()
  else staging = false
}

function enqueue(step: () => void, after = false) {
  ;(after ? last : queue).push(step)
  schedule()
}

/** Called once before the app mounts: the first page's staged parts then appear in later tasks. */
export function stageFirstLoad(): void {
  staging = true
}

/**
 * How many of a component's `parts` to show (`v-if="shown > i"`): all of them, or during the first load
 * none at first and one more per task once mounted, after every part hydrated in turn. With `last`, the
 * parts come after all the others (the app shell's footer, which must never move down on screen).
 */
export function useStagedRender(parts: number, { last: after = false } = {}): Ref<number> {
  const shown = ref(staging ? 0 : parts)
  if (!staging) return shown
  onMounted(() => {
    for (let part = 0; part < parts; part += 1) enqueue(() => (shown.value += 1), after)
  })
  return shown
}

// A lazy hydration strategy (Vue's defineAsyncComponent `hydrate`): the component's hydration waits its
// turn in the first load's queue. Its prerendered elements stay on screen until then, inert as the whole
// prerendered page was until the mount: a tap on a button that does nothing yet, or on a link that would
// load the whole app again, must not be taken.
const inTurn: HydrationStrategy = (hydrate, forEachElement) => {
  forEachElement((element) => element.setAttribute('inert', ''))
  enqueue(() => {
    hydrate()
    forEachElement((element) => element.removeAttribute('inert'))
  })
}

/**
 * `component`, hydrated on the first load in a task of its own (in the order met) rather than in the
 * mount's task with the rest of the page. Anywhere else it renders at once: its code is already here,
 * and only the first hydration of a prerendered page waits. It must render the same until its turn:
 * state it reads must not change in between (it is built then, from the state of that moment).
 */
export function hydratedInTurn(component: Component): Component {
  return defineAsyncComponent({ loader: () => Promise.resolve(component), hydrate: inTurn })
}
