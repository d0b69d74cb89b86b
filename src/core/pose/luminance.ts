export const TOO_DARK_ENTER = 35;
export const TOO_DARK_EXIT = 45;

/**
 * "Too dark to see you", with hysteresis so a flickering lamp does not toggle the state: dark
 * after two dark frames in a row, light again after one clearly brighter frame.
 */
export class DarknessDetector {
  private darkStreak = 0;
  private dark = false;

  update(luminance: number): boolean {
    if (this.dark) {
      if (luminance > TOO_DARK_EXIT) {
        this.dark = false;
        this.darkStreak = 0;
      }
    } else if (luminance < TOO_DARK_ENTER) {
      this.darkStreak += 1;
      if (this.darkStreak >= 2) this.dark = true;
    } else {
      this.darkStreak = 0;
    }
    return this.dark;
  }

  get isDark(): boolean {
    return this.dark;
  }
}
