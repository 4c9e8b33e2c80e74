"""How a clinician plan's routines and exercises are told apart from Coach's own: small enough for
the start-up path (Today names recorded routines) to read without loading a plan's summary."""

PLAN_ROUTINE_PREFIX = "plan:"  # the app's ids of a plan's routines: "plan:" + the plan's own id
PLAN_EXERCISE_SOURCE = "plan"  # the `source` of a plan's own exercises in the library
