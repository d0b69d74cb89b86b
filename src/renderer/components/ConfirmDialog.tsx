import { useEffect, useId, useRef } from 'react';

/**
 * An inline question before something that cannot be undone. Keeping things as they are is the
 * default: focus starts on the cancel button, and Escape cancels too.
 */
export function ConfirmDialog(props: {
  question: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelButton.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={questionId}
      className="confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <p id={questionId}>{props.question}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" ref={cancelButton} onClick={props.onCancel}>
          {props.cancel}
        </button>
      </div>
    </div>
  );
}
