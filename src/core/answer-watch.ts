/**
 * Decides, frame by frame, when an answer about the active calibration is worth telling the
 * host: on every change, and afresh for each new calibration (which the answer is about).
 */
export class AnswerWatch<T> {
  private profile: string | null = null;
  private answer: T | undefined = undefined;

  /** Whether this answer is news: it changed, or the calibration did. */
  isNews(profileKey: string, answer: T): boolean {
    if (profileKey === this.profile && answer === this.answer) return false;
    this.profile = profileKey;
    this.answer = answer;
    return true;
  }
}
