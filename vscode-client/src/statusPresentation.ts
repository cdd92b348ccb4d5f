// What the status bar item shows for a server state and the active config's linked samples.
// Pure, so the wording and the click targets are tested without VS Code.

import type { Translate } from './l10n';

export type ServerState =
  | { readonly kind: 'starting' }
  | { readonly kind: 'running' }
  | { readonly kind: 'stopped' }
  /** The server process ended or could not start. */
  | { readonly kind: 'failed'; readonly detail: string }
  /** No usable Java; detail says what to install. */
  | { readonly kind: 'noJava'; readonly detail: string };

/** Samples linked to the config in the active editor, by display name; undefined when no config is active. */
export type LinkedSamples = readonly string[] | undefined;

export interface StatusPresentation {
  readonly text: string;
  readonly tooltip: string;
  /** VS Code command run on click, with its arguments. */
  readonly command: { readonly id: string; readonly args: readonly unknown[] };
  readonly alarm: 'none' | 'warning' | 'error';
}

export const OPEN_JAVA_SETTING = { id: 'workbench.action.openSettings', args: ['ixls.java.home'] } as const;

function linkedText(linked: readonly string[], t: Translate): string {
  if (linked.length === 0) {
    return t('no AWS sample');
  }
  return linked.length === 1 ? linked[0] : `${linked[0]} +${linked.length - 1}`;
}

export function statusPresentation(state: ServerState, linked: LinkedSamples, t: Translate): StatusPresentation {
  switch (state.kind) {
    case 'starting':
      return {
        text: '$(sync~spin) NEC IX',
        tooltip: t('NEC IX language server: starting'),
        command: { id: 'ixls.showOutput', args: [] },
        alarm: 'none',
      };
    case 'stopped':
      return {
        text: '$(circle-slash) NEC IX',
        tooltip: t('NEC IX language server: stopped. Click to start it.'),
        command: { id: 'ixls.restartServer', args: [] },
        alarm: 'none',
      };
    case 'failed':
      return {
        text: '$(error) NEC IX',
        tooltip: t('NEC IX language server: not running ({0}). Click to restart it.', state.detail),
        command: { id: 'ixls.restartServer', args: [] },
        alarm: 'error',
      };
    case 'noJava':
      return {
        text: '$(warning) NEC IX',
        tooltip: state.detail,
        command: OPEN_JAVA_SETTING,
        alarm: 'warning',
      };
    case 'running':
      if (linked === undefined) {
        return {
          text: '$(check) NEC IX',
          tooltip: t('NEC IX language server: running'),
          command: { id: 'ixls.showOutput', args: [] },
          alarm: 'none',
        };
      }
      return {
        text: `$(check) NEC IX $(link) ${linkedText(linked, t)}`,
        tooltip:
          linked.length === 0
            ? t('NEC IX language server: running. No AWS sample is linked to this config.')
            : t('NEC IX language server: running. AWS samples linked to this config: {0}. Click for the tunnel status.', linked.join(', ')),
        command: { id: 'ixls.showTunnelStatus', args: [] },
        alarm: 'none',
      };
  }
}
