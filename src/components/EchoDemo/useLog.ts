import {useCallback, useState} from 'react';
import {localTime, LOG_LIMIT} from './protocol';

export interface LogEntry {
  id: number;
  time: string;
  direction: 'out' | 'in' | 'info' | 'error' | 'server';
  text: string;
  /** The whole message, when `text` shows only its start. */
  whole?: string;
}

let nextId = 0;

/** The Communication Log: plain-text entries, newest last, at most LOG_LIMIT kept. */
export function useLog(): {entries: LogEntry[]; add: (direction: LogEntry['direction'], text: string, whole?: string) => void; clear: () => void} {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const add = useCallback((direction: LogEntry['direction'], text: string, whole?: string) => {
    const entry: LogEntry = {id: nextId++, time: localTime(new Date()), direction, text, ...(whole === undefined ? {} : {whole})};
    setEntries((list) => [...list, entry].slice(-LOG_LIMIT));
  }, []);
  const clear = useCallback(() => setEntries([]), []);
  return {entries, add, clear};
}

export function logAsText(entries: LogEntry[]): string {
  return entries.map((e) => `${e.time} ${e.direction} ${e.text}${e.whole === undefined ? '' : `\n${e.whole}`}`).join('\n');
}
