"""The exercise figure, drawn from the figure model (issue 19): one import for the player, the
Exercises page, thumbnails and the handout. `figure_paint` draws (`paint_figure` for a widget, an
image or a printed page; `FigureScene` keeps what one motion's frames share), with
`figure_frame` (the body), `figure_arrows` and `figure_geometry`; `figure_view` is the widget.
Loaded with the first page that shows an exercise, never at start-up."""

from coach.ui.widgets.figure_frame import Layer
from coach.ui.widgets.figure_paint import (
    FigureScene,
    Framing,
    cycle_phases,
    figure_scene,
    paint_figure,
    render_image,
)
from coach.ui.widgets.figure_view import FigureView, loop_phase

__all__ = [
    "FigureScene",
    "FigureView",
    "Framing",
    "Layer",
    "cycle_phases",
    "figure_scene",
    "loop_phase",
    "paint_figure",
    "render_image",
]
