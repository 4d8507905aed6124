/** An error the translator can act on: a string code and, for content, the file:line:column it is about. */
export class L10nError extends Error {
  readonly code: string;
  /** The message without its location, to rebuild the error where it was not thrown (another thread). */
  readonly detail: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  constructor(code: string, message: string, where?: {file: string; line?: number; column?: number}) {
    const prefix = where ? `${where.file}${where.line ? `:${where.line}:${where.column ?? 1}` : ''}: ` : '';
    super(prefix + message);
    this.name = 'L10nError';
    this.code = code;
    this.detail = message;
    this.file = where?.file;
    this.line = where?.line;
    this.column = where?.column;
  }
}
