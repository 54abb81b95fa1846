import { expect, test } from 'vitest'
import { client, signedInUser } from './helpers.ts'

test('a confirmed user signs in and reads only what RLS lets through', async () => {
  const { client: c, user } = await signedInUser()
  const inserted = await c.from('notes').insert({ body: 'halo' }).select('id, owner_id, body').single()
  expect(inserted.error).toBeNull()
  expect(inserted.data?.owner_id).toBe(user.id)
  const anon = await client().from('notes').select('id')
  expect(anon.error?.code).toBe('42501')
})
