"""QObjects with no window of their own: timers, reminders and notices, presence, cues, safety flags."""
