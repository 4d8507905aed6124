import {execFile} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);

export interface SaveCommit {
  locale: string;
  page: string;
  id: string;
  english: string;
  before: string;
  after: string;
  state: string;
  /** `Name <email>`, or a name alone (then the repository's user.email, if any). */
  author: string;
  /** The files the save wrote, relative to the root. */
  files: string[];
}

async function git(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const {stdout} = await run('git', args, {cwd: root, env: {...process.env, ...env}, maxBuffer: 1 << 20});
  return stdout.trim();
}

async function config(root: string, key: string): Promise<string> {
  return git(root, ['config', key]).catch(() => '');
}

/**
 * Commits one save (`npm run translate -- --commit`): only the files it wrote, whatever else is
 * staged, with the translator as author and a message naming the page and the sentence. Returns
 * the new commit's hash. Where git has no user configured, the author commits too.
 */
export async function commitSave(root: string, save: SaveCommit): Promise<string> {
  const named = /^(.*?)\s*<([^<>]*)>$/.exec(save.author.trim());
  const name = named?.[1] || save.author.trim() || 'translator';
  const email = named ? (named[2] ?? '') : await config(root, 'user.email');
  const committer = (await config(root, 'user.name')) ? {} : {GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email};
  const what = save.before === '' ? 'translate' : save.before === save.after ? `mark ${save.state}` : 'revise';
  const message = [
    `l10n(${save.locale}): ${what} ${save.page} ${save.id}`,
    '',
    `English: ${save.english}`,
    ...(save.before === '' ? [] : [`Before: ${save.before}`]),
    `After: ${save.after}`,
    `State: ${save.state}`,
    '',
    'Saved in place with npm run translate.',
  ].join('\n');
  await git(root, ['add', '--', ...save.files]);
  await git(root, ['commit', '--quiet', '--no-verify', '--only', `--author=${name} <${email}>`, '-m', message, '--', ...save.files], committer);
  return git(root, ['rev-parse', 'HEAD']);
}
