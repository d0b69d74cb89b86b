import type { TFunction } from 'i18next';
import type { Routine } from '../../core/exercises/routines';

/** Built-in routines are named in the locale files; custom ones carry the person's own name. */
export function routineName(routine: Routine, t: TFunction): string {
  return 'key' in routine.name ? t(routine.name.key) : routine.name.text;
}
