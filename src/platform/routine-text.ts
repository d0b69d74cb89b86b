import type { TFunction } from 'i18next';
import { routineSeconds, type Routine } from '../core/exercises/routines';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Built-in routines are named in the locale files; custom ones carry the person's own name. */
/** A translation function: the hosts' own, or the renderer's i18next `t` (whose keys are typed). */
type AnyTranslate = Translate | TFunction;

export function routineName(routine: Routine, t: AnyTranslate): string {
  return 'key' in routine.name ? (t as Translate)(routine.name.key) : routine.name.text;
}

/** How long a routine takes, as people read it: "21 s", "5 minutes". */
export function routineLength(routine: Routine, t: AnyTranslate): string {
  const tr = t as Translate;
  const seconds = routineSeconds(routine);
  return seconds < 60
    ? tr('breaks.seconds', { count: seconds })
    : tr('breaks.minutes', { count: Math.round(seconds / 60) });
}
