import type { SecretStore } from '../../electron/services/team-sync/team-session';

/** Stands in for the OS keychain (Electron's safeStorage): reversible, not the plain text. */
export const fakeKeychain: SecretStore = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(text).reverse(),
  decryptString: (data) => Buffer.from(data).reverse().toString(),
};
