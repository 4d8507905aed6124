import type {TranslatorFormat} from './format';
import {readXliff} from './xliffRead';
import {toXliff} from './xliffWrite';

export const xliffFormat: TranslatorFormat = {name: 'xliff', extensions: ['.xlf', '.xliff'], write: toXliff, read: readXliff};
