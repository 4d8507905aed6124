import sax from 'sax';
import {UnreadableFile} from './format';

/** A state an element of the file declares for a unit (`segment/@state` in 2.0, `target/@state` in 1.2), by file and unit. */
export type UnitStates = Map<string, string>;

export const unitKey = (file: string, id: string) => `${file}\u0000${id}`;

/**
 * Reads an XLIFF file with a strict XML parser: a file that is not well-formed (a truncated
 * download, say) is refused with its line:column before anything else reads it. Returns the XLIFF
 * version and each unit's declared state, which the XLIFF library does not keep.
 */
export function checkXliff(text: string): {version: string; states: UnitStates; originals: Map<string, string>} {
  const parser = sax.parser(true, {position: true});
  let version = '';
  let file = '';
  let unit = '';
  const states: UnitStates = new Map();
  // XLIFF 2.0 `file/@id` → `file/@original`, where the writer gave one.
  const originals = new Map<string, string>();
  // sax keeps an error for the next write; thrown here, it stops the parse where it is.
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = ({name, attributes}) => {
    const attribute = (key: string) => {
      const value = attributes[key];
      return typeof value === 'string' ? value : '';
    };
    if (name === 'xliff') version = attribute('version');
    else if (name === 'file') {
      file = version.startsWith('1.') ? attribute('original') : attribute('id');
      if (!version.startsWith('1.') && attribute('original')) originals.set(file, attribute('original'));
    } else if (name === 'unit' || name === 'trans-unit') unit = attribute('id');
    else if ((name === 'segment' && version.startsWith('2.')) || (name === 'target' && version.startsWith('1.'))) {
      const state = attribute('state');
      if (state && !states.has(unitKey(file, unit))) states.set(unitKey(file, unit), state);
    }
  };
  try {
    parser.write(text).close();
  } catch (error) {
    const reason = ((error as Error).message.split('\n')[0] ?? '').toLowerCase();
    throw new UnreadableFile(`the file is not well-formed XML (${reason})`, parser.line + 1, parser.column + 1);
  }
  if (!version) throw new UnreadableFile('not an XLIFF file: its root element is not <xliff version="…">', 1, 1);
  return {version, states, originals};
}
