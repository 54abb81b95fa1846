import type citizen from '../id/citizen'

const en: typeof citizen = {}

export default en
