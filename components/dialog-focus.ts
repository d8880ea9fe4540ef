/**
 * Where focus goes as a dialog closes (Radix's `onCloseAutoFocus`): the chat's dialogs hand it back
 * to the message box, since a dialog opened from a slash command has no trigger to return to.
 */
export type ReturnFocus = { onCloseAutoFocus?: (event: Event) => void };
