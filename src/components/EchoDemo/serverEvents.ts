import type {TFunction} from 'i18next';
import type {TimedEvent} from '../../core/protocol/serverEvents';
import {reasonText} from './reasonText';

/** One server event as a sentence in the reader's language. */
export function describeServerEvent(t: TFunction, event: TimedEvent): string {
  const key = event.event === 'message-in' && event.afterCloseSent ? 'message-in-after' : event.event;
  if (event.event === 'rejected') return `${event.status} ${event.reason}`;
  const values = {...event} as Record<string, unknown>;
  if ('type' in event) values.type = t(event.type === 'binary' ? 'binary' : 'text');
  if ('reason' in event) values.reason = reasonText(t, event.reason);
  // How the server came to close, in words (not its internal name: "answer").
  if ('mode' in event) values.mode = t(`closeMode.${event.mode}`);
  return t(`serverEvent.${key}`, values);
}

/** Opens the event stream of a trace token; resolves once it is listening. */
export function openEventStream(url: string, token: string, onEvent: (event: TimedEvent) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const stream = new WebSocket(`${url.replace(/\/ws$/, '/ws/events')}?trace=${token}`);
    stream.onmessage = (message) => onEvent(JSON.parse(String(message.data)) as TimedEvent);
    stream.onopen = () => resolve(stream);
    stream.onerror = () => reject(new Error('event stream unavailable'));
  });
}
