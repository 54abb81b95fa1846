import type { ServerResponse } from 'node:http'
import { sendJson } from '../http.ts'

/**
 * An error as Supabase Storage renders it: `{statusCode, code, error, message}`, where statusCode is a
 * string. Storage sends every 4xx with HTTP 400 and the real status only in the body; 500 stays 500.
 */
export class StorageError extends Error {
  readonly httpStatus: number
  constructor(
    readonly statusCode: string,
    readonly code: string,
    readonly error: string,
    message: string,
    httpStatus?: number,
  ) {
    super(message)
    this.httpStatus = httpStatus ?? (statusCode === '500' ? 500 : 400)
  }
}

export const E = {
  noSuchKey: () => new StorageError('404', 'NoSuchKey', 'not_found', 'Object not found'),
  noSuchBucket: () => new StorageError('404', 'NoSuchBucket', 'Bucket not found', 'Bucket not found'),
  keyExists: () => new StorageError('409', 'KeyAlreadyExists', 'Duplicate', 'The resource already exists'),
  bucketExists: () => new StorageError('409', 'BucketAlreadyExists', 'Duplicate', 'The resource already exists'),
  tooLarge: (entity = 'object') =>
    new StorageError('413', 'EntityTooLarge', 'Payload too large', `The ${entity} exceeded the maximum allowed size`),
  invalidMime: (mime: string) => new StorageError('415', 'InvalidMimeType', 'invalid_mime_type', `mime type ${mime} is not supported`),
  rls: () => new StorageError('403', 'AccessDenied', 'Unauthorized', 'new row violates row-level security policy'),
  accessDenied: (message: string) => new StorageError('403', 'AccessDenied', 'Unauthorized', message),
  invalidJwt: (message: string) => new StorageError('400', 'InvalidJWT', 'InvalidJWT', message),
  invalidSignature: (message = 'Invalid signature') => new StorageError('400', 'InvalidSignature', 'InvalidSignature', message),
  invalidKey: (key: string) => new StorageError('400', 'InvalidKey', 'InvalidKey', `Invalid key: ${key}`),
  invalidBucketName: () => new StorageError('400', 'InvalidBucketName', 'Invalid Input', 'Bucket name invalid'),
  bucketNotEmpty: () => new StorageError('409', 'ResourceNotEmpty', 'ResourceNotEmpty', 'The bucket you tried to delete is not empty'),
  noContent: () => new StorageError('400', 'InvalidRequest', 'InvalidRequest', 'No content provided'),
  missingParameter: (p: string) => new StorageError('400', 'MissingParameter', 'MissingParameter', `Missing Required Parameter ${p}`),
  invalidParameter: (p: string) => new StorageError('400', 'InvalidParameter', 'InvalidParameter', `Invalid Parameter ${p}`),
  invalidRequest: (message: string) => new StorageError('400', 'InvalidRequest', 'InvalidRequest', message, 400),
  invalidFileSizeLimit: () =>
    new StorageError('400', 'InvalidRequest', 'InvalidRequest', 'Invalid file size format, hint: use 20GB / 20MB / 30KB / 3B'),
  invalidRange: () => new StorageError('400', 'InvalidRange', 'invalid_range', 'invalid range provided'),
  notFound: () => new StorageError('404', 'NotFound', 'Not Found', 'Route not found', 404),
  internal: (message = 'Internal server error') => new StorageError('500', 'InternalError', 'InternalError', message),
}

export function sendStorageError(res: ServerResponse, error: StorageError): void {
  sendJson(res, error.httpStatus, { statusCode: error.statusCode, code: error.code, error: error.error, message: error.message })
}

/** Maps Postgres errors as Storage does (RLS → AccessDenied, unique → Duplicate, FK → related resource). */
export function fromPg(error: unknown): unknown {
  const code = (error as { code?: string }).code
  const message = (error as Error).message ?? ''
  if (code === '42501') return message.includes('row-level security') ? E.rls() : E.accessDenied(message)
  if (code === '23505') return new StorageError('409', 'ResourceAlreadyExists', 'Duplicate', 'The resource already exists')
  if (code === '23503') return new StorageError('404', 'InvalidRequest', 'InvalidRequest', 'The related resource does not exist')
  return error
}
