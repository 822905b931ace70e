/** cli/local-day: "today" is the user's calendar day, not UTC's (at 01:00 in Nairobi it is still yesterday in UTC). */
export function localDay(now: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
