/**
 * Where focus goes as a dialog closes (Radix's `onCloseAutoFocus`): the chat's dialogs hand it back
 * to the message box, since a dialog opened from a slash command has no trigger to return to.
 */
export type ReturnFocus = { onCloseAutoFocus?: (event: Event) => void };

/** The chat's message box, which dialogs opened outside the chat (the account menu's) also return to. */
export const MESSAGE_BOX_ID = "message-box";

/** Hands focus to the message box when the page has one; elsewhere Radix returns it to the trigger. */
export function focusMessageBox(event: Event) {
  const box = document.getElementById(MESSAGE_BOX_ID);
  if (!box) return;
  event.preventDefault();
  box.focus();
}
