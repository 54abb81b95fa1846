import { describe, expect, it } from 'vitest'
import { RealtimeClient } from '@/lib/supabaseRealtimeOff'

describe('RealtimeClient left out of the build', () => {
  it('takes the token updates supabase-js sends on its own, and has no channels', async () => {
    const client = new RealtimeClient()
    await expect(client.setAuth()).resolves.toBeUndefined()
    expect(client.getChannels()).toEqual([])
    await expect(client.removeAllChannels()).resolves.toEqual([])
  })

  it('refuses a channel loudly instead of never delivering messages', () => {
    expect(() => new RealtimeClient().channel()).toThrow(/ppid:lean-supabase/)
  })
})
