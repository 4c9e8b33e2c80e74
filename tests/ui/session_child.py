"""Run by test_partial_session: plays a routine in the real player and reports each step the store
has committed, until the test kills it with SIGKILL."""

from datetime import UTC, datetime

from coach.clock import FakeClock
from coach.ui.lifecycle.startup import build_window, create_application, open_services

app = create_application()
clock = FakeClock(datetime(2026, 6, 1, 9, tzinfo=UTC))
services = open_services(clock)
window = build_window(services, tray_available=False)
window.speech_engine = None
window.show()
window._start_builtin("neck_shoulders")
player = window.player
assert player is not None
player.before.chosen.emit(5)
reported = 0
while True:
    clock.advance(0.5)
    player.refresh()
    app.processEvents()
    done = len(services.repo.steps_of(player.session_id))
    if done > reported:
        reported = done
        print(f"STEP {player.session_id} {done}", flush=True)
