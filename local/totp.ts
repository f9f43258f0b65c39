import { DEMO_TOTP_SECRET, totpFor } from './issuer';

/**
 * `npm run totp`: the current authenticator code of the demo admins (`admin`, `platform`), for signing
 * in to the local stack without adding the demo secret to an authenticator app.
 */
const totp = totpFor(DEMO_TOTP_SECRET);
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${totp.generate()}  (valid for ${secondsLeft} s more; secret ${DEMO_TOTP_SECRET})`);
