export function chromiumPath(env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean): string;
export function chromiumArgs(extra?: string[]): string[];
