import { ReminderSweep } from './sweep';

/** Every reminder sweep, in the order the daily run runs them. */
export const SWEEPS: ReminderSweep[] = [];
