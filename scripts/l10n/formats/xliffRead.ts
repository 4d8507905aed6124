import type {ImportedUnit} from '../lib/unitTypes';
import {parseStrictXml, strictXmlParser} from './strictXml';
import {UnreadableFile, type TranslatorFile} from './format';
import {fromInline, type Inline} from './inlineCodes';
import {decodeXmlName} from './xliffWrite';

/** XLIFF 1.2 target states that mean the translation is not finished (needs-review-* and new included). */
const UNFINISHED_12 = /^(new|needs-)/;

/** Finished states, XLIFF 2.0's and 1.2's (`signed-off`: a reviewer approved it), as the review workflow's. */
const FINISHED: Record<string, NonNullable<ImportedUnit['state']>> = {translated: 'translated', reviewed: 'reviewed', 'signed-off': 'reviewed', final: 'final'};
const ORDER = ['translated', 'reviewed', 'final'];
const leastFinished = (a: ImportedUnit['state'], b: NonNullable<ImportedUnit['state']>) => (a && ORDER.indexOf(a) < ORDER.indexOf(b) ? a : b);

/** Elements whose text is not part of the sentence: annotations and markers keep their content, or have none. */
const TRANSPARENT = new Set(['mrk', 'g', 'sub', 'sm', 'em']);
/** XLIFF 1.2 codes that carry the original Markdown as their content. */
const NATIVE_12 = new Set(['ph', 'bpt', 'ept', 'it']);

interface Frame {
  pieces: Inline[];
  /** A paired code's data, once the frame closes. */
  start?: string;
  end?: string;
}

/**
 * Reads an XLIFF 2.0 or 1.2 file in one pass of a strict XML parser, so a file that is not
 * well-formed is refused at its line:column and a large one costs little memory. Inline codes come
 * back as the Markdown they stand for: 2.0 `<ph>`/`<pc>`/`<sc>`/`<ec>` through the unit's
 * `<originalData>`, 1.2 `<ph>`/`<bpt>`/`<ept>`/`<it>` through their content; annotations
 * (`<mrk>`, `<g>`) keep their text. Segments of a unit a tool split are joined again.
 */
export function readXliff(text: string): TranslatorFile {
  const parser = strictXmlParser();
  const fail = (message: string): never => {
    throw new UnreadableFile(message, parser.line, parser.column + 1);
  };
  const units: ImportedUnit[] = [];
  const stack: string[] = [];
  let version = '';
  let locale: string | undefined;
  let page = '';
  let unit: {id: string; source: Inline[]; target: Inline[]; draft?: string; state?: ImportedUnit['state']} | undefined;
  let data = new Map<string, string>();
  let dataId: string | undefined;
  let dataText = '';
  // Where text goes: the frames of the source or target being read (innermost last), or a 1.2 native code.
  let frames: Frame[] | undefined;
  let side: 'source' | 'target' | undefined;
  let native: string | undefined;
  const v2 = () => version.startsWith('2.');
  const dataOf = (ref: string | undefined, element: string): string =>
    ref === undefined
      ? fail(`unit "${unit?.id}": <${element}> has no data reference, so import cannot tell which Markdown it stands for; keep the codes the file came with`)
      : (data.get(ref) ?? fail(`unit "${unit?.id}": <${element}> refers to data "${ref}", which the unit's <originalData> does not have`));
  const push = (piece: Inline) => frames?.at(-1)?.pieces.push(piece);

  parser.on('opentag', ({name, attributes}) => {
    const attribute = (key: string) => (typeof attributes[key] === 'string' ? (attributes[key] as string) : undefined);
    const parent = stack.at(-1);
    stack.push(name);
    if (name === 'xliff') {
      version = attribute('version') ?? '';
      if (version !== '2.0' && version !== '1.2') fail(`XLIFF ${version || 'without a version'} is not supported; export XLIFF 2.0 or 1.2`);
      locale = attribute('trgLang');
    } else if (name === 'file') {
      // 2.0: the page is the file's `original`, else its decoded id; 1.2 names the page in `original`.
      page = v2() ? (attribute('original') ?? decodeXmlName(attribute('id') ?? '')) : (attribute('original') ?? '');
      if (!v2()) locale ??= attribute('target-language');
    } else if ((name === 'unit' && v2()) || (name === 'trans-unit' && !v2())) {
      const id = attribute('id') ?? fail(`a <${name}> has no id`);
      unit = {id: v2() ? decodeXmlName(id) : id, source: [], target: []};
      data = new Map();
    } else if (name === 'data' && parent === 'originalData') {
      dataId = attribute('id');
      dataText = '';
    } else if (unit && (name === 'source' || name === 'target') && (parent === 'segment' || parent === 'ignorable' || parent === 'trans-unit')) {
      side = name;
      frames = [{pieces: []}];
      const state = v2() || name !== 'target' ? undefined : attribute('state');
      if (state && UNFINISHED_12.test(state)) unit.draft = `state="${state}"`;
      else if (state) unit.state ??= FINISHED[state];
    } else if (name === 'segment' && unit) {
      const state = attribute('state');
      if (state === 'initial') unit.draft = 'state="initial"';
      // A unit a tool split: its least finished segment is the unit's state.
      else if (state && FINISHED[state]) unit.state = leastFinished(unit.state, FINISHED[state]);
    } else if (frames && name === 'cp') {
      push(String.fromCodePoint(Number.parseInt(attribute('hex') ?? '', 16) || 0xfffd));
    } else if (frames && v2() && (name === 'ph' || name === 'sc' || name === 'ec')) {
      push({type: 'ph', data: dataOf(attribute('dataRef'), name)});
    } else if (frames && v2() && name === 'pc') {
      frames.push({pieces: [], start: dataOf(attribute('dataRefStart'), 'pc'), end: dataOf(attribute('dataRefEnd'), 'pc')});
    } else if (frames && !v2() && NATIVE_12.has(name)) {
      native = '';
    } else if (frames && !TRANSPARENT.has(name)) {
      fail(`unit "${unit?.id}": <${name}> in its ${side} holds no Markdown import can restore; keep the codes the file came with`);
    }
  });
  const onText = (chunk: string) => {
    if (dataId !== undefined) dataText += chunk;
    else if (native !== undefined) native += chunk;
    else if (frames) push(chunk);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', ({name}) => {
    stack.pop();
    if (name === 'data' && dataId !== undefined) {
      data.set(dataId, dataText);
      dataId = undefined;
    } else if (native !== undefined && NATIVE_12.has(name)) {
      push({type: 'ph', data: native});
      native = undefined;
    } else if (frames && name === 'pc' && v2()) {
      const frame = frames.pop();
      if (frame) push({type: 'pc', start: frame.start ?? '', end: frame.end ?? '', content: frame.pieces});
    } else if (frames && side === name) {
      unit?.[side].push(...(frames[0]?.pieces ?? []));
      frames = undefined;
      side = undefined;
    } else if (unit && (name === 'unit' || name === 'trans-unit')) {
      const {id, source, target, draft, state} = unit;
      units.push({page, id, english: fromInline(source), translation: fromInline(target), ...(draft ? {draft} : state ? {state} : {})});
      unit = undefined;
    }
  });
  parseStrictXml(parser, text);
  if (!version) throw new UnreadableFile('not an XLIFF file: its root element is not <xliff version="…">', 1, 1);
  return {locale, units};
}
