import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppState } from '../core/app/app-state';
import type { Settings } from '../core/settings/schema';
import type { HostInfo, Notice, StandTallApi } from '../platform/contract';

export interface HostSnapshot {
  api: StandTallApi;
  info: HostInfo;
  settings: Settings;
  state: AppState;
  notices: Notice[];
}

const HostContext = createContext<HostSnapshot | null>(null);

/** Subscribes once to the host's events; views read from here and never poll. */
export function HostProvider({ initial, children }: { initial: HostSnapshot; children: ReactNode }) {
  const [settings, setSettings] = useState(initial.settings);
  const [state, setState] = useState(initial.state);
  const [notices, setNotices] = useState(initial.notices);
  const { api } = initial;
  useEffect(() => {
    const offs = [api.onSettingsChanged(setSettings), api.onStateChanged(setState), api.onNoticesChanged(setNotices)];
    return () => offs.forEach((off) => off());
  }, [api]);
  return (
    <HostContext.Provider value={{ api, info: initial.info, settings, state, notices }}>
      {children}
    </HostContext.Provider>
  );
}

export function useHost(): HostSnapshot {
  const value = useContext(HostContext);
  if (!value) throw new Error('useHost must be used inside HostProvider');
  return value;
}

/** A clock for views that show time-dependent state (e.g. "paused until"); re-renders each minute. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
