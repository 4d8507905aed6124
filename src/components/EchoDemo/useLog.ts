import {useCallback, useState} from 'react';
import {LOG_LIMIT} from './protocol';

export interface LogEntry {
  id: number;
  time: string;
  direction: 'out' | 'in' | 'info' | 'error' | 'server';
  text: string;
}

let nextId = 0;

/** The Communication Log: plain-text entries, newest last, at most LOG_LIMIT kept. */
export function useLog(): {entries: LogEntry[]; add: (direction: LogEntry['direction'], text: string) => void; clear: () => void} {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const add = useCallback((direction: LogEntry['direction'], text: string) => {
    const entry = {id: nextId++, time: new Date().toISOString().slice(11, 23), direction, text};
    setEntries((list) => [...list, entry].slice(-LOG_LIMIT));
  }, []);
  const clear = useCallback(() => setEntries([]), []);
  return {entries, add, clear};
}

export function logAsText(entries: LogEntry[]): string {
  return entries.map((e) => `${e.time} ${e.direction} ${e.text}`).join('\n');
}
