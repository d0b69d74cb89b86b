import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../support/chromium.mjs';

/** A file system holding only `files`. */
const only =
  (...files: string[]) =>
  (path: string) =>
    files.includes(path);

describe('which browser the tests and tools drive', () => {
  it('takes CHROMIUM_PATH first, and says so when it names no file', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium' }, only('/opt/chromium', '/usr/bin/chromium'))).toBe(
      '/opt/chromium',
    );
    expect(() => chromiumPath({ CHROMIUM_PATH: '/opt/typo' }, only('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH=/opt/typo: no such file',
    );
  });

  it("prefers Debian's Chromium, else finds a Chrome another machine has", () => {
    expect(chromiumPath({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(chromiumPath({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('without any browser, says where it looked and how to install one (it never downloads)', () => {
    expect(() => chromiumPath({}, only())).toThrow(
      /Chromium not found \(looked at \/usr\/bin\/chromium, .*apt-get install -y chromium/,
    );
  });
});
