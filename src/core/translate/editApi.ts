/** The edit API of `npm run translate`, shared by its server and the editor in the page. */
export const EDIT_API = '/__translate/api';
/** The session cookie (HttpOnly) and the header every write carries with the session's CSRF value. */
export const SESSION_COOKIE = 'translate_session';
export const CSRF_HEADER = 'x-translate-csrf';
/** Largest request body the API reads: a sentence and its versions, with room to spare. */
export const MAX_BODY_BYTES = 64 * 1024;
/** The states a sentence needs work in: not translated yet, or translated from English that changed. */
export const NEEDS_WORK_STATES: readonly string[] = ['new', 'needs-review'];
