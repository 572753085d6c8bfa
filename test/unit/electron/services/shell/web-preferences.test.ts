import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../../../../electron/services/shell/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and disables node, webviews and insecure content', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
    });
  });

  it('has developer tools only when asked (development builds), off by default', () => {
    expect(secureWebPreferences('/p.js').devTools).toBe(false);
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/#/team', true],
    ['app://bundle.evil/index.html', false],
    ['app://evil/bundle', false],
    ['https://bundle/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.apache.org/licenses/LICENSE-2.0', true],
    ['https://www.naturalearthdata.com/about/terms-of-use/', true],
    ['https://www.example.com/help', false],
    ['https://www.apache.org/licenses/LICENSE-2.0?next=https://evil.example', false],
    ['https://www.apache.org.evil.example/licenses/LICENSE-2.0', false],
    ['http://www.example.com/', false],
    ['javascript:alert(1)', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://server/share', false],
    ['https://user:pw@example.com/', false],
    ['https://', false],
    [42, false],
    ['https://example.com/' + 'a'.repeat(3000), false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
