// "Today", from one place: the build (staleness marks, review dates), the scaffolder and the tests read it here.
// GUIDE_TODAY=YYYY-MM-DD pins it (the test suite sets it, so no result depends on the day the tests run);
// otherwise it is the clock's date. Either way it is midnight UTC of that day.

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {Date}
 */
export function today(env = process.env) {
  const pinned = env.GUIDE_TODAY;
  if (pinned !== undefined && pinned !== '') {
    const date = new Date(`${pinned}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== pinned) {
      throw new Error(`GUIDE_TODAY is "${pinned}", which is not a date; write it as YYYY-MM-DD (for example 2026-11-30), or unset it to use the clock.`);
    }
    return date;
  }
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
}
