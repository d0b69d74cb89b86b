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
const ClockContext = createContext<() => number>(Date.now);

/** Subscribes once to the host's events; views read from here and never poll. */
export function HostProvider({
  initial,
  now = Date.now,
  children,
}: {
  initial: HostSnapshot;
  now?: () => number;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(initial.settings);
  const [state, setState] = useState(initial.state);
  const [notices, setNotices] = useState(initial.notices);
  const { api } = initial;
  useEffect(() => {
    const offs = [api.onSettingsChanged(setSettings), api.onStateChanged(setState), api.onNoticesChanged(setNotices)];
    return () => offs.forEach((off) => off());
  }, [api]);
  return (
    <ClockContext.Provider value={now}>
      <HostContext.Provider value={{ api, info: initial.info, settings, state, notices }}>
        {children}
      </HostContext.Provider>
    </ClockContext.Provider>
  );
}

export function useHost(): HostSnapshot {
  const value = useContext(HostContext);
  if (!value) throw new Error('useHost must be used inside HostProvider');
  return value;
}

/** The host's clock, read when called: for formatting, where no re-render is needed. */
export function useClock(): () => number {
  return useContext(ClockContext);
}

/**
 * The host's time for views that show time-dependent state (e.g. "paused until"): read afresh
 * on every render (each state change re-renders), and at least every interval.
 */
export function useNow(intervalMs = 30_000): number {
  const now = useContext(ClockContext);
  const [, setTicks] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTicks((n) => n + 1), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now();
}
