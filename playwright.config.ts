// The real configuration lives beside the journeys (typechecked with them): tests/e2e/config.ts.
export { default } from './tests/e2e/config.ts'
