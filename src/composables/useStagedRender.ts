import { onMounted, ref, type Ref } from 'vue'

// On the first load the whole page is built in the one task that mounts the app, and on a cheap phone
// that task blocks input for hundreds of milliseconds (Lighthouse counts it as Total Blocking Time).
// Parts below the fold can instead appear one task after another, letting the browser paint and answer
// taps in between. Only the first load is staged: a later navigation shows the whole page at once, so a
// restored scroll position finds all of it.
let staging = false
const queue: (() => void)[] = []

function runNext() {
  queue.shift()?.()
  if (queue.length > 0) setTimeout(runNext, 0)
  else staging = false
}

/** Called once before the app mounts: the first page's staged parts then appear in later tasks. */
export function stageFirstLoad(): void {
  staging = true
}

/**
 * How many of a component's `parts` to show (`v-if="shown > i"`): all of them, or during the first load
 * none at first and one more per task once mounted. Parents mount after their children, so a part the
 * app shell stages (the footer) comes after the page's own and never moves down on screen.
 */
export function useStagedRender(parts: number): Ref<number> {
  const shown = ref(staging ? 0 : parts)
  if (!staging) return shown
  onMounted(() => {
    const start = queue.length === 0
    for (let part = 0; part < parts; part += 1) queue.push(() => (shown.value += 1))
    if (start) setTimeout(runNext, 0)
  })
  return shown
}
