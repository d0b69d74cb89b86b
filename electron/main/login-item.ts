export interface LoginItemAdapter {
  get(): boolean;
  set(openAtLogin: boolean): void;
}

/** Keeps the OS login item in step with the setting (off by default); only writes on a change. */
export function syncLoginItem(adapter: LoginItemAdapter, wanted: boolean): boolean {
  if (adapter.get() === wanted) return false;
  adapter.set(wanted);
  return true;
}
