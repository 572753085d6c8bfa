import { localDate } from '@shared/format/calendar-date';

let read = () => new Date();

/** The one clock the screens read for "now" and "today" (the user's calendar day). */
export const clock = {
  now: (): Date => read(),
  today: (): string => localDate(read()),
  /** For tests: read another clock. */
  set(next: () => Date): void {
    read = next;
  },
};
