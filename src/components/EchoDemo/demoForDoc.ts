/** Which live demo each doc page carries, by doc id: the same in every locale, no localized file edited. */
export type DemoKind = 'echo' | 'close-modes' | 'trace';

const DEMOS: Record<string, DemoKind> = {
  websockets: 'echo',
  'api/closeoutputasync': 'close-modes',
  '3427-websocketcloseoutputsent': 'trace',
};

/** Pages without a specific demo get the echo. */
export function demoForDoc(docId: string): DemoKind {
  return DEMOS[docId] ?? 'echo';
}
