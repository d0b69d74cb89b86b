export function buildWebHost(): void;
/** This checkout's built web host, served; `origin` is where (127.0.0.1:4173 unless taken). */
export function startWebHost(usualPort?: number): Promise<{ origin: string; stop(): void }>;
