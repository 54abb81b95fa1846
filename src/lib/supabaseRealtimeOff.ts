/**
 * What production builds use in place of @supabase/realtime-js (the `ppid:lean-supabase` plugin in
 * vite.config.ts). The app uses no Realtime: the embedded stack has none, so pages poll
 * (useQueuePolling, useUnreadCount). supabase-js still constructs a RealtimeClient and imports the
 * package, about 15 KiB gzip on every signed-in page. This client answers the calls supabase-js makes
 * by itself (setAuth when the token changes) and refuses channels loudly. To use Realtime, remove its
 * line in the plugin.
 */
export class RealtimeClient {
  setAuth(): Promise<void> {
    return Promise.resolve()
  }

  channel(): never {
    throw new Error('Realtime is left out of this build: remove its line in the ppid:lean-supabase plugin (vite.config.ts) to use supabase.channel().')
  }

  getChannels(): [] {
    return []
  }

  removeChannel(): Promise<'ok'> {
    return Promise.resolve('ok')
  }

  removeAllChannels(): Promise<[]> {
    return Promise.resolve([])
  }
}
