import type { AlertLevel } from '../../core/alerts/alert-ladder';
import './edge-glow.css';

/**
 * A soft glow at the screen edges while a slouch lasts. It never takes a click or a key
 * (pointer-events: none, hidden from assistive tech: the banner and notification speak), fades
 * in and out (no animation with reduced motion) and stays in the DOM so the fade-out can run.
 */
export function EdgeGlow({ level }: { level: AlertLevel }) {
  return <div className={`edge-glow edge-glow-${level}`} data-level={level} aria-hidden="true" />;
}
