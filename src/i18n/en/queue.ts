import type queue from '../id/queue'

const en: typeof queue = {}

export default en
