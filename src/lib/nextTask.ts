/**
 * Resolves in a later task: the browser can paint and answer input before the work after it. On a cheap
 * phone, splitting the boot's work this way keeps each task under the 50 ms that counts as blocking.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
