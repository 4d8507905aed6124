/**
 * WebSocket close codes (RFC 6455 §7.4) used by the server, with .NET's WebSocketCloseStatus names.
 * Named constants for every code, as `ws` has them, whether or not our own code sends it.
 */
export const CLOSE_NORMAL = 1000;
export const CLOSE_GOING_AWAY = 1001;
/** @public */
export const CLOSE_PROTOCOL_ERROR = 1002;
/** @public */
export const CLOSE_UNSUPPORTED_DATA = 1003;
/** @public */
export const CLOSE_NO_STATUS = 1005;
export const CLOSE_ABNORMAL = 1006;
/** @public */
export const CLOSE_INVALID_PAYLOAD = 1007;
/** @public */
export const CLOSE_POLICY_VIOLATION = 1008;
/** @public */
export const CLOSE_MESSAGE_TOO_BIG = 1009;
/** @public */
export const CLOSE_INTERNAL_ERROR = 1011;
export const CLOSE_TRY_AGAIN_LATER = 1013;

const DOTNET_NAMES: Record<number, string> = {
  [CLOSE_NORMAL]: 'NormalClosure',
  [CLOSE_GOING_AWAY]: 'EndpointUnavailable',
  [CLOSE_PROTOCOL_ERROR]: 'ProtocolError',
  [CLOSE_UNSUPPORTED_DATA]: 'InvalidMessageType',
  [CLOSE_NO_STATUS]: 'Empty',
  [CLOSE_INVALID_PAYLOAD]: 'InvalidPayloadData',
  [CLOSE_POLICY_VIOLATION]: 'PolicyViolation',
  [CLOSE_MESSAGE_TOO_BIG]: 'MessageTooBig',
  1010: 'MandatoryExtension',
  [CLOSE_INTERNAL_ERROR]: 'InternalServerError',
};

/** How .NET's trace event 3427 names a close status: its enum name, else the number. */
export function closeStatusName(code: number): string {
  return DOTNET_NAMES[code] ?? String(code);
}

/** Codes a peer may put on the wire (1005, 1006 and 1015 are reserved for reporting). */
export function isSendableCloseCode(code: number): boolean {
  return (code >= 1000 && code <= 1014 && ![1004, 1005, 1006].includes(code)) || (code >= 3000 && code <= 4999);
}
