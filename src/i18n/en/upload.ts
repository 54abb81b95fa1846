import type uploadId from '../id/upload'

const upload: typeof uploadId = {
  limits: '{types}; at most {size}.',
  checking: 'Checking {name}…',
  uploading: 'Uploading {name}',
  done: '{name} is uploaded.',
  progress: 'Upload progress',
  cancel: 'Stop upload',
  retry: 'Try again',
  errors: {
    file_empty: 'This file is empty. Choose another file.',
    file_too_large: 'The file is too large. The largest size is {size}.',
    file_type_not_allowed: 'This type of file is not accepted. Choose a {types} file.',
    file_content_mismatch:
      'The content does not match the file type (for example another file renamed to .jpg). Choose the original file.',
    file_denied: 'You may not upload here. Reload the page and try again.',
    not_signed_in: 'Your session has ended. Sign in again in another tab, then press "Try again". Nothing you entered is lost.',
    network: 'The connection dropped. Check your internet, then press "Try again"; the upload continues.',
    aborted: 'Upload stopped. Press "Try again" to continue.',
    unknown: 'The upload failed. Please try again shortly.',
  },
}

export default upload
