import {SaxesParser} from 'saxes';
import {UnreadableFile} from './format';

/** A strict XML parser (saxes) whose errors stop the parse where it is. */
export function strictXmlParser(): SaxesParser<{position: true}> {
  const parser = new SaxesParser({position: true});
  parser.on('error', (error) => {
    throw error;
  });
  return parser;
}

/**
 * Parses the whole text: a file that is not well-formed (a truncated download, say) is refused at
 * its line:column; the reader's own refusals (UnreadableFile) pass through as they are.
 */
export function parseStrictXml(parser: SaxesParser<{position: true}>, text: string): void {
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    // saxes starts its messages with the position, which the error carries apart.
    const reason = (error as Error).message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
    throw new UnreadableFile(`the file is not well-formed XML (${reason})`, parser.line, parser.column + 1);
  }
}
