"""Coach: an offline desktop coach for neck, shoulder and upper-back exercise, heat and breaks."""

# The single source of the version: pyproject.toml reads it from here (hatch's version source), and
# start-up does not pay for importlib.metadata.
__version__ = "0.1.0"
