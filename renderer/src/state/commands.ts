import { useEffect } from 'react';
import type { EventBridge, MenuCommand } from '../../../electron/shared/contract';

declare global {
  interface Window {
    fanshiEvents?: EventBridge;
  }
}

const bus = new EventTarget();

export function runCommand(command: MenuCommand): void {
  bus.dispatchEvent(new CustomEvent<MenuCommand>('command', { detail: command }));
}

/** Calls `handler` for one app command, whether it came from the desktop menu or a shortcut. */
export function useCommand(command: MenuCommand, handler: () => void): void {
  useEffect(() => {
    const listener = (e: Event): void => {
      if ((e as CustomEvent<MenuCommand>).detail === command) handler();
    };
    bus.addEventListener('command', listener);
    return () => bus.removeEventListener('command', listener);
  }, [command, handler]);
}

const SHORTCUTS: Record<string, MenuCommand> = {
  n: 'new-draft',
  s: 'save',
  e: 'export-docx',
  f: 'search',
  o: 'import',
  k: 'phrases',
};

/**
 * In Electron the menu owns the accelerators and sends its commands; in the browser the page binds
 * the same keys itself. Never both, so one key press runs a command once.
 */
export function useCommandSources(): void {
  useEffect(() => {
    const bridge = window.fanshiEvents;
    if (bridge) return bridge.on('menu:command', runCommand);
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const command = SHORTCUTS[e.key.toLowerCase()];
      if (!command) return;
      e.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
