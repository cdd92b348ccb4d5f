// The `workspace/executeCommand` contract with the ixls language server: command ids, argument
// shapes, and checked readers for the results (the server is a separate program, so its answers
// are validated rather than trusted).

export const SERVER_COMMANDS = {
  generateConfig: 'ixls.generateConfig',
  updateFromSample: 'ixls.updateFromSample',
  tunnelStatus: 'ixls.tunnelStatus',
} as const;

export type IkeVersion = 'v1' | 'v2';

export const DEFAULT_OUTSIDE_INTERFACE = 'GigaEthernet0.0';
/** IX interface names: GigaEthernet0.0, FastEthernet0/0.0, GigaEthernet2:1.0, USB-Serial0.0, BVI1, ... */
export const INTERFACE_NAME = /^[A-Za-z][A-Za-z-]*\d+(?:[/:]\d+)*(?:\.\d+)?$/;

export interface GenerateConfigArgs {
  readonly uri: string;
  readonly ikeVersion?: IkeVersion;
  readonly outsideInterface?: string;
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
