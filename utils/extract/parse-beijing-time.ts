/**
 * Dates as taiwan.cn prints them, all in Beijing time (taiwan-cn-pages.md, Field rules): `2017年02月23日 16:43:57`,
 * `2019年04月10日 16:05`, `2026-02-11 14:03:00`, `时间:2010-10-25 15:24`, meta `publishdate` (`2022-11-08 09:30:00`
 * or a bare date). The output is ISO 8601 with the +08:00 offset the page meant.
 */

export interface BeijingTime {
  iso: string;
  /** 'day' when the text held no time of day: the caller says so in a warning. */
  precision: 'second' | 'minute' | 'day';
}

const DATE_TIME =
  /(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?(?:[\sT\u3000\u00a0]*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?/g;

const pad = (n: number): string => String(n).padStart(2, '0');

export function parseBeijingTime(text: string): BeijingTime | null {
  for (const m of text.matchAll(DATE_TIME)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (m[4] === undefined) return { iso: `${date}T00:00:00+08:00`, precision: 'day' };
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return { iso: `${date}T00:00:00+08:00`, precision: 'day' };
    return {
      iso: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`,
      precision: m[6] === undefined ? 'minute' : 'second',
    };
  }
  return null;
}

/** The creation date in a TRS file name (`t20170223_...`) or a youth-site path (`/2019/0410/`). */
export function urlDate(url: string): BeijingTime | null {
  const m = /\/t(\d{4})(\d{2})(\d{2})_\d+/.exec(url) ?? /\/(\d{4})\/(\d{2})(\d{2})\/\d+\.html?/.exec(url);
  if (!m) return null;
  return parseBeijingTime(`${m[1]}-${m[2]}-${m[3]}`);
}
