import {VFileMessage} from 'vfile-message';

/** Where and why a plugin failed: the fields a remark-lint style report carries. */
export function failure(run: () => unknown): Pick<VFileMessage, 'file' | 'line' | 'column' | 'source' | 'ruleId' | 'reason'> {
  try {
    run();
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const {file, line, column, source, ruleId, reason} = error;
    return {file, line, column, source, ruleId, reason};
  }
  throw new Error('expected the plugin to fail');
}
