import type admin from '../id/admin'

const en: typeof admin = {}

export default en
