import type officer from '../id/officer'

const en: typeof officer = {}

export default en
