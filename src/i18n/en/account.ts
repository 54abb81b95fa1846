import type account from '../id/account'

const en: typeof account = {}

export default en
