/** 16 random bytes: 128 bits, so share links cannot be guessed or enumerated. */
const ID_BYTES = 16;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function newShareId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_BYTES));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Whether a string could be a share id; anything else is answered like an unknown share. */
export function isShareId(value: string): boolean {
  return ID_PATTERN.test(value);
}
