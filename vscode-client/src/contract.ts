// The `workspace/executeCommand` contract with the ixls language server: command ids, argument
// shapes, and checked readers for the results (the server is a separate program, so its answers
// are validated rather than trusted).

export const SERVER_COMMANDS = {
  generateConfig: 'ixls.generateConfig',
  updateFromSample: 'ixls.updateFromSample',
  tunnelStatus: 'ixls.tunnelStatus',
  detectDocumentKind: 'ixls.detectDocumentKind',
} as const;

/** Notifications the server sends the client. */
export const SERVER_NOTIFICATIONS = {
  /** `{ uris: string[] }`: the configs whose linked samples changed; empty means all of them. */
  linksChanged: 'ixls/linksChanged',
} as const;

/**
 * Declares, in `capabilities.experimental.ixls`, what this client does beyond LSP: it takes ixls's
 * own `ixls/linksChanged` notification (sent only to a client that asks for it), and it shows the
 * user why a command failed (the server then sends no message of its own besides the error).
 */
export function declareIxlsCapabilities(capabilities: { experimental?: unknown }): void {
  const experimental =
    typeof capabilities.experimental === 'object' && capabilities.experimental !== null
      ? (capabilities.experimental as Record<string, unknown>)
      : {};
  const ixls = typeof experimental.ixls === 'object' && experimental.ixls !== null ? experimental.ixls : {};
  capabilities.experimental = { ...experimental, ixls: { ...ixls, linksChanged: true, showsCommandErrors: true } };
}

/** What the server's own detectors make of a text (the client never guesses by itself). */
export type DocumentKind = 'config' | 'awsSample' | 'transcript' | 'other';

export interface DetectDocumentKindArgs {
  readonly uri: string;
  /** The start of the text, for a document the server has not been sent (plain text). */
  readonly text?: string;
}

/** How much of a document is sent for detection: the server looks at no more than its first 64 KB. */
export const DETECT_TEXT_CHARS = 64 * 1024;

export interface LinksChanged {
  /** Config URIs; empty: every config may have changed. */
  readonly uris: readonly string[];
}

export type IkeVersion = 'v1' | 'v2';

export const DEFAULT_OUTSIDE_INTERFACE = 'GigaEthernet0.0';
/** IX interface names: GigaEthernet0.0, FastEthernet0/0.0, GigaEthernet2:1.0, USB-Serial0.0, BVI1, ... */
export const INTERFACE_NAME = /^[A-Za-z][A-Za-z-]*\d+(?:[/:]\d+)*(?:\.\d+)?$/;

export interface GenerateConfigArgs {
  readonly uri: string;
  readonly ikeVersion?: IkeVersion;
  readonly outsideInterface?: string;
  /** Which connection of a sample that holds several (the server's code actions name it). */
  readonly connectionId?: string;
  readonly firstTunnel?: number;
  readonly advertise?: readonly string[];
}

export interface GenerateConfigResult {
  readonly uri: string;
}

export interface UpdateFromSampleResult {
  readonly changed: number;
}

export interface TunnelCheck {
  readonly name: string;
  readonly ok: boolean;
}

/** What the router's own output says of a tunnel (from a transcript of `show` commands). */
export interface LiveState {
  readonly state: 'up' | 'down' | 'impaired' | 'unknown';
  /** Short: `down: Pre-shared key mismatch (IX702)`. */
  readonly summary: string;
  /** The diagnosis in full. */
  readonly message: string;
  readonly transcriptUri: string;
}

export interface TunnelState {
  readonly number: number;
  readonly awsOutside: string;
  readonly interface: string | null;
  readonly checks: readonly TunnelCheck[];
  /** Absent when no transcript of the router's output is open. */
  readonly live?: LiveState;
}

export interface SampleTunnels {
  readonly connectionId: string;
  readonly sampleUri: string;
  readonly tunnels: readonly TunnelState[];
}

export interface TunnelStatusResult {
  readonly samples: readonly SampleTunnels[];
}

/** Raised when the server's answer does not have the shape of the contract. */
export class ContractError extends Error {
  constructor(command: string, detail: string) {
    super(`${command}: unexpected result from the language server (${detail})`);
    this.name = 'ContractError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function readGenerateConfigResult(value: unknown): GenerateConfigResult {
  if (!isRecord(value) || typeof value.uri !== 'string' || value.uri === '') {
    throw new ContractError(SERVER_COMMANDS.generateConfig, 'expected { uri: string }');
  }
  return { uri: value.uri };
}

/** The highest 4-byte AS number. */
export const MAX_ASN = 4294967295;

/**
 * What the server's `ixls.generateConfig` error says the user must supply: the error's `data` is
 * `{ ixls: "needLocalAsn", placeholder }` when the sample shows a placeholder (AWS's documented
 * `YOUR_BGP_ASN`) where this router's AS number belongs. Undefined for any other failure.
 */
export function readNeedLocalAsn(error: unknown): { placeholder: string } | undefined {
  if (!isRecord(error) || !isRecord(error.data) || error.data.ixls !== 'needLocalAsn') {
    return undefined;
  }
  return { placeholder: typeof error.data.placeholder === 'string' ? error.data.placeholder : '' };
}

/** An AS number as the user typed it (1 to 4294967295, digits only), or undefined. */
export function parseAsn(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) {
    return undefined;
  }
  const asn = Number(trimmed);
  return asn >= 1 && asn <= MAX_ASN ? asn : undefined;
}

export function readUpdateFromSampleResult(value: unknown): UpdateFromSampleResult {
  if (!isRecord(value) || typeof value.changed !== 'number' || !Number.isInteger(value.changed) || value.changed < 0) {
    throw new ContractError(SERVER_COMMANDS.updateFromSample, 'expected { changed: number }');
  }
  return { changed: value.changed };
}

function readCheck(value: unknown, where: string): TunnelCheck {
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.ok !== 'boolean') {
    throw new ContractError(SERVER_COMMANDS.tunnelStatus, `${where}: expected { name: string, ok: boolean }`);
  }
  return { name: value.name, ok: value.ok };
}

function readTunnel(value: unknown, where: string): TunnelState {
  if (
    !isRecord(value) ||
    typeof value.number !== 'number' ||
    typeof value.awsOutside !== 'string' ||
    !(value.interface === null || value.interface === undefined || typeof value.interface === 'string') ||
    !Array.isArray(value.checks)
  ) {
    throw new ContractError(
      SERVER_COMMANDS.tunnelStatus,
      `${where}: expected { number, awsOutside, interface, checks }`,
    );
  }
  const tunnel: TunnelState = {
    number: value.number,
    awsOutside: value.awsOutside,
    interface: typeof value.interface === 'string' ? value.interface : null,
    checks: value.checks.map((check, i) => readCheck(check, `${where}.checks[${i}]`)),
  };
  return value.live === undefined ? tunnel : { ...tunnel, live: readLive(value.live, `${where}.live`) };
}

const LIVE_STATES = ['up', 'down', 'impaired', 'unknown'] as const;

function readLive(value: unknown, where: string): LiveState {
  if (
    !isRecord(value) ||
    !LIVE_STATES.includes(value.state as LiveState['state']) ||
    typeof value.summary !== 'string' ||
    typeof value.message !== 'string' ||
    typeof value.transcriptUri !== 'string'
  ) {
    throw new ContractError(SERVER_COMMANDS.tunnelStatus, `${where}: expected { state, summary, message, transcriptUri }`);
  }
  return {
    state: value.state as LiveState['state'],
    summary: value.summary,
    message: value.message,
    transcriptUri: value.transcriptUri,
  };
}

export function readTunnelStatusResult(value: unknown): TunnelStatusResult {
  if (!isRecord(value) || !Array.isArray(value.samples)) {
    throw new ContractError(SERVER_COMMANDS.tunnelStatus, 'expected { samples: [...] }');
  }
  return {
    samples: value.samples.map((sample, i) => {
      const where = `samples[${i}]`;
      if (
        !isRecord(sample) ||
        typeof sample.connectionId !== 'string' ||
        typeof sample.sampleUri !== 'string' ||
        !Array.isArray(sample.tunnels)
      ) {
        throw new ContractError(SERVER_COMMANDS.tunnelStatus, `${where}: expected { connectionId, sampleUri, tunnels }`);
      }
      return {
        connectionId: sample.connectionId,
        sampleUri: sample.sampleUri,
        tunnels: sample.tunnels.map((tunnel, j) => readTunnel(tunnel, `${where}.tunnels[${j}]`)),
      };
    }),
  };
}

const DOCUMENT_KINDS: readonly DocumentKind[] = ['config', 'awsSample', 'transcript', 'other'];

export function readDocumentKindResult(value: unknown): DocumentKind {
  if (!isRecord(value) || !DOCUMENT_KINDS.includes(value.kind as DocumentKind)) {
    throw new ContractError(SERVER_COMMANDS.detectDocumentKind, `expected { kind: ${DOCUMENT_KINDS.join(' | ')} }`);
  }
  return value.kind as DocumentKind;
}

/** The params of `ixls/linksChanged`; a malformed notification counts as "everything changed". */
export function readLinksChanged(value: unknown): LinksChanged {
  if (isRecord(value) && Array.isArray(value.uris) && value.uris.every((uri) => typeof uri === 'string')) {
    return { uris: value.uris as string[] };
  }
  return { uris: [] };
}

/**
 * The argument of `ixls.generateConfig` as a code lens, a code action, a menu or the palette
 * passes it: the server's `{ uri, ikeVersion?, connectionId? }`, a URI string, or nothing
 * (then `uri` is absent and the active editor is meant).
 */
export function readGenerateRequest(value: unknown): { uri?: string; ikeVersion?: IkeVersion; connectionId?: string } {
  if (typeof value === 'string' && value !== '') {
    return { uri: value };
  }
  if (!isRecord(value)) {
    return {};
  }
  return {
    uri: typeof value.uri === 'string' && value.uri !== '' ? value.uri : undefined,
    ikeVersion: value.ikeVersion === 'v1' || value.ikeVersion === 'v2' ? value.ikeVersion : undefined,
    connectionId: typeof value.connectionId === 'string' && value.connectionId !== '' ? value.connectionId : undefined,
  };
}

/**
 * Whether two document URIs name the same document, however each side encoded it (the server may
 * write `file:///c:/x` where VS Code writes `file:///c%3A/x`).
 */
export function sameDocumentUri(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const normal = (uri: string): string => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(uri);
    } catch {
      decoded = uri;
    }
    // Windows drive letters: VS Code writes them in lower case, Java in upper case.
    return decoded.replace(/^file:\/\/\/([A-Za-z]):/, (_whole, drive: string) => `file:///${drive.toLowerCase()}:`);
  };
  return normal(a) === normal(b);
}

/** Whether an `ixls/linksChanged` notification concerns the config `uri` (an empty list concerns all). */
export function linksChangedConcerns(change: LinksChanged, uri: string): boolean {
  return change.uris.length === 0 || change.uris.some((changed) => sameDocumentUri(changed, uri));
}
