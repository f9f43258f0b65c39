/**
 * The username as the pool compares it: the pool is case-insensitive, so `Zhang` and `zhang` are one account
 * (and one lockout count); NFC so the same name typed with combining marks is the same key. Its own module: the
 * sign-in triggers use it and should load nothing else of the area.
 */
export const usernameKey = (username: string): string => username.normalize('NFC').toLowerCase();
