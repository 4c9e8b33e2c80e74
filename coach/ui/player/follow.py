"""The player's figure in step with the session (issue 19): `coach.domain.demonstration` says where
the figure is at the session's time, this puts it on the `FigureView`. Called on the player's own
tick, so there is no second timer; `moving` tells the player when to tick at the frame rate."""

from coach.domain.demonstration import figure_moment
from coach.domain.exercises import Exercise
from coach.domain.pose import BodySide
from coach.domain.session import Session
from coach.ui.widgets.figure import FigureView


class FigureFollower:
    """Shows on `view` the moment of the session: the exercise and side (set again only when they
    change), then the phase, or the key pose with reduce motion (`view.reduce_motion`)."""

    def __init__(self, view: FigureView) -> None:
        self.view = view
        self.moving = False  # the figure moves now: the player draws frames
        self._shown: tuple[str, BodySide | None] | None = None  # the exercise and side set

    def follow(self, session: Session, exercise: Exercise | None) -> None:
        motion = exercise.motion if exercise is not None else None
        moment = figure_moment(session, motion)
        shown = (exercise.id if exercise is not None else "", moment.side)
        if shown != self._shown:
            self._shown = shown
            side = moment.side.value if moment.side is not None else None
            self.view.set_exercise(exercise, side)
        if motion is not None and self.view.reduce_motion:
            if self.view.still != moment.still:
                self.view.show_still(moment.still)
            self.moving = False
            return
        self.view.set_phase(moment.phase, moment.returning)
        self.moving = motion is not None and moment.moving
