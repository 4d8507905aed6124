import {relative} from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';

/**
 * Prints the warnings our plugins leave on a page (a missing sample, a malformed pair read in English,
 * an unknown xref, unsafe HTML shown as text) at its file:line:column: Docusaurus reports only errors.
 * Each page is compiled for the client and the server bundle; a warning is printed once.
 */
export default function remarkReportMessages(options: {write?: (line: string) => void} = {}) {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const printed = new Set<string>();
  return (_tree: Root, file: VFile) => {
    for (const message of file.messages) {
      if (message.fatal) continue;
      const where = `${file.path ? relative(process.cwd(), file.path) : '<input>'}:${message.line ?? 1}:${message.column ?? 1}`;
      const rule = message.source && message.ruleId ? ` (${message.source}:${message.ruleId})` : '';
      const line = `[WARNING] ${where}: ${message.reason}${rule}`;
      if (printed.has(line)) continue;
      printed.add(line);
      write(line);
    }
  };
}
