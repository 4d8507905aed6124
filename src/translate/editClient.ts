import {CSRF_HEADER, EDIT_API, NEEDS_WORK_STATES} from '../core/translate/editApi';

/** A sentence of the page as the edit server gives it. */
export interface Sentence {
  id: string;
  /** The id of its pair in the file as it is, which the page shows (a stale sentence's old pair). */
  pageId?: string;
  english: string;
  translation: string;
  state: string;
  previousEnglish?: string;
  terms: Array<{english: string; translation: string; note: string}>;
  /** From the memory, or from another sentence of the locale's pages (`page`). */
  suggestions: Array<{source: string; target: string; similarity: number; page?: string; origin?: 'memory' | 'page'}>;
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export const needsWork = (s: Sentence): boolean => NEEDS_WORK_STATES.includes(s.state);

let csrf: Promise<string> | undefined;

export const api = async (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${EDIT_API}${path}`, {credentials: 'same-origin', ...init});

function session(): Promise<string> {
  csrf ??= api('/session').then(async (r) => ((await r.json()) as {csrf: string}).csrf);
  return csrf;
}

/** A change, with the session's CSRF token. */
export async function post(path: string, body: unknown): Promise<Response> {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json', [CSRF_HEADER]: await session()}, body: JSON.stringify(body)});
}
