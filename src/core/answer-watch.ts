/**
 * Decides, frame by frame, when a yes-or-no answer about the active calibration is worth telling
 * the host: on every change, and afresh for each new calibration (which the answer is about).
 */
export class AnswerWatch {
  private profile: string | null = null;
  private answer: boolean | null = null;

  /** The answer when it is news; null when there is nothing to say. */
  observe(profileKey: string, answer: boolean): boolean | null {
    if (profileKey === this.profile && answer === this.answer) return null;
    this.profile = profileKey;
    this.answer = answer;
    return answer;
  }
}
