import type { ReactNode } from 'react';

const RADIUS = 45;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring that empties as the step's time runs out; the text inside is what screen readers hear. */
export function CountdownRing({ fraction, label, children }: { fraction: number; label: string; children: ReactNode }) {
  return (
    <div className="countdown" role="timer" aria-label={label}>
      <svg viewBox="0 0 100 100" width={140} height={140} aria-hidden="true">
        <circle className="countdown-track" cx="50" cy="50" r={RADIUS} />
        <circle
          className="countdown-ring"
          cx="50"
          cy="50"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * Math.min(1, Math.max(0, fraction))}
          transform="rotate(-90 50 50)"
        />
      </svg>
      <span className="countdown-text">{children}</span>
    </div>
  );
}
