/**
 * An independent check that a download name can be created on Windows, macOS and Linux and is accepted by the Chrome
 * and Firefox downloads APIs. Written from the platforms' rules, not from the code under test, so the two can disagree.
 */

// NTFS/Win32: these characters and every control character are refused in a name; '/' on every Unix; ':' on HFS+.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/u;
// Win32 device names, refused whatever follows the first dot (CON.txt, com1.html).
const DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Bidi overrides and other invisible format characters let a name show an extension it does not have.
const INVISIBLE = /[\p{Cf}]/u;

export function isLegalFileName(name: string): boolean {
  if (!name || name === '.' || name === '..') return false;
  if (!name.isWellFormed()) return false; // a lone surrogate cannot be written as UTF-8 (ext4, APFS)
  if (new TextEncoder().encode(name).length > 255 || name.length > 255) return false;
  if (FORBIDDEN.test(name) || INVISIBLE.test(name)) return false;
  // Windows drops trailing dots and spaces (two names collide); Firefox refuses leading dots (hidden files).
  if (/[. ]$/.test(name) || /^[. ]/.test(name)) return false;
  return !DEVICE.test(name.split('.')[0]!.trim());
}
