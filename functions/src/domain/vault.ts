/**
 * Where sensitive personal information (PIPL art.28) is protected: a keyed hash to find and compare a
 * value without keeping it, and an encrypted copy only an authorized reveal opens. The store's
 * implementation (store/vault.ts) keeps its key in Secrets Manager in the cloud and in a key file locally;
 * nothing in the domain ever holds the key.
 */
export interface PersonalDataVault {
  /** A keyed hash (HMAC) of the value: equal values, equal fingerprints; useless without the key. */
  fingerprint(value: string): Promise<string>;
  /** The value encrypted (authenticated encryption), as text to store. */
  seal(value: string): Promise<string>;
  /** The value a `seal` made. */
  open(sealed: string): Promise<string>;
}
