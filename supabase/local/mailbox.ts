import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from './http.ts'

export interface MailMessage {
  id: string
  to: string
  subject: string
  text: string
  /** The action link in the message (confirm, reset, change email), for tests and the mailbox page. */
  link?: string
  /** The one-time code in the message, where the template carries one. */
  otp?: string
  sentAt: string
}

/**
 * The development mailbox, like Inbucket under `supabase start`: every email Auth would send lands
 * here instead, readable at /mailbox (page) and /mailbox/api/messages (JSON).
 */
export class Mailbox {
  private readonly messages: MailMessage[] = []

  send(message: Omit<MailMessage, 'id' | 'sentAt'>): MailMessage {
    const stored = { ...message, id: randomUUID(), sentAt: new Date().toISOString() }
    this.messages.push(stored)
    if (this.messages.length > 1000) this.messages.shift()
    return stored
  }

  list(to?: string): MailMessage[] {
    const wanted = to?.toLowerCase()
    return this.messages.filter((m) => !wanted || m.to.toLowerCase() === wanted).reverse()
  }

  handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): void {
    if (path === '/api/messages' && req.method === 'GET') return sendJson(res, 200, this.list(query.get('to') ?? undefined))
    if (path === '/api/messages' && req.method === 'DELETE') {
      this.messages.length = 0
      return sendJson(res, 204, undefined)
    }
    if ((path === '/' || path === '') && req.method === 'GET') {
      const html = renderPage(this.list(query.get('to') ?? undefined))
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" })
      res.end(html)
      return
    }
    sendJson(res, 404, { message: 'Not found' })
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function renderPage(messages: MailMessage[]): string {
  const items = messages
    .map(
      (m) => `<article><h2>${escapeHtml(m.subject)}</h2><p>Kepada / To: ${escapeHtml(m.to)} · ${escapeHtml(m.sentAt)}</p>
<pre>${escapeHtml(m.text)}</pre>${m.link ? `<p><a href="${escapeHtml(m.link)}">${escapeHtml(m.link)}</a></p>` : ''}</article>`,
    )
    .join('\n')
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kotak surat pengembangan</title><style>body{font-family:system-ui;max-width:60rem;margin:auto;padding:1rem}
article{border:1px solid #888;padding:0 1rem;margin:1rem 0}pre{white-space:pre-wrap}</style></head>
<body><main><h1>Kotak surat pengembangan (development mailbox)</h1>
<p>Semua email dari Auth lokal ada di sini; tidak ada yang benar-benar dikirim. ?to=alamat menyaring.</p>
${items || '<p>Belum ada email.</p>'}</main></body></html>`
}
