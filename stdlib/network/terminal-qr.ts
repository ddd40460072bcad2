// A QR code in the terminal, so a phone's WireGuard app can scan a client config
// straight off the laptop's screen instead of the config travelling as a file.
import QRCode from "qrcode";

/**
 * `text` as a QR code of half-height block characters (two modules per character row).
 * The dark-on-light colours are fixed with ANSI codes, as scanners need, whatever the
 * terminal's theme.
 */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: "terminal", small: true });
}
