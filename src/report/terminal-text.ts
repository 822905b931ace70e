/**
 * report/terminal-text: data shown on a terminal must not drive it. A value holding `ESC ] 0; …
 * BEL` or `ESC [2J` would retitle or clear the user's screen, and a lone CR would overwrite the
 * line before it; such characters are shown as `\x1b`, `\r`, `\u2028` instead. Line breaks inside
 * one table cell or message (CR, CRLF, NEL, U+2028/2029 …) become spaces, so a value cannot break
 * the layout. JSON, CSV and the reports escape in their own way and do not come through here.
 */

/** Every character that ends a line somewhere: LF, CR (alone or before LF), VT, FF, NEL, U+2028/2029. */
export const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** One line: every line break a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}

const NAMED: Partial<Record<string, string>> = { '\r': '\\r', '\v': '\\v', '\f': '\\f', '\b': '\\b', '\0': '\\0' };

/** How a control character is shown: `\r`, `\x1b`, `\u2028`. */
function shown(ch: string): string {
  const code = ch.codePointAt(0)!;
  return NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

// C0 controls but tab and newline, DEL, C1 controls, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- finding exactly these characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// The colour sequences chalk writes (SGR: ESC [ digits m), kept only when colour was asked for.
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_SGR = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Terminal output with every control character but newline and tab made visible. With `keepColour`
 * the SGR colour sequences are left in place (they only colour text; they cannot move the cursor,
 * clear the screen or set the title).
 */
export function showControls(text: string, keepColour: boolean): string {
  return keepColour ? text.replace(CONTROL_OR_SGR, (m) => (m.length > 1 ? m : shown(m))) : text.replace(CONTROL, shown);
}
