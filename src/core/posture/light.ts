import { AnswerWatch } from '../answer-watch';

/**
 * A picture this much darker than calibration's puts the calibration in doubt. MoveNet places
 * points in a much dimmer picture a little differently, and the calibration's places no longer
 * match them: the photos here made dim (mean luma ×0.3–0.38 of calibration's) moved the masked
 * subject's shoulders (a black top) 0.09 face widths higher, her neck read 15–20 % shorter, and
 * through the app's camera 3 of 20 uprights ended slouching (1 with the light unchanged). Made
 * darker by half (×0.5–0.59) nothing moved; brighter than calibration's, nothing moved either, or
 * one upright against a calibration made dark (its neck at 1.08 of the threshold). So only a much
 * darker picture counts, and calibrating again in it is the fix: from then on a brighter day is
 * the safer direction.
 */
export const DARKER_THAN_CALIBRATION = 0.45;

/** Once darker, the light must come back above this share of calibration's to count as the same again. */
export const LIGHT_AGAIN = 0.5;

/**
 * Decides, frame by frame, when to tell the host whether the picture is much darker than the
 * light the active calibration was made in: on every change of answer (with a margin, so a
 * lamp at the threshold does not toggle it), and afresh for each new calibration. A room too dark
 * to see in (luminance.ts) is not "much darker": it says so itself, and nobody can calibrate in it.
 */
export class LightWatch {
  private readonly news = new AnswerWatch<boolean>();
  private profile: string | null = null;
  private darker = false;

  /** True or false when the answer is news; null when there is nothing to say. `tooDark`: see above. */
  observe(profileKey: string, calibrated: number, luminance: number, tooDark = false): boolean | null {
    if (profileKey !== this.profile) [this.profile, this.darker] = [profileKey, false];
    if (!(calibrated > 0)) return null;
    const share = luminance / calibrated;
    this.darker = !tooDark && share < (this.darker ? LIGHT_AGAIN : DARKER_THAN_CALIBRATION);
    return this.news.isNews(profileKey, this.darker) ? this.darker : null;
  }
}
