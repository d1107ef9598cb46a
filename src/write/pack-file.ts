/** One file of a tender pack, before it is written. */
export interface PackFile {
  /** name inside the pack folder */
  name: string;
  bytes: Uint8Array;
}
