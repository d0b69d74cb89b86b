export function chromiumPath(): string;
export function chromiumArgs(extra?: string[]): string[];
