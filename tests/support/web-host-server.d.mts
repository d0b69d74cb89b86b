export const WEB_HOST_ORIGIN: string;
export function buildWebHost(): void;
export function startWebHost(): Promise<{ stop(): void }>;
