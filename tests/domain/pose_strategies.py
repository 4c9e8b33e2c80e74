"""Hypothesis strategies for the figure model's tests: poses within the normal ranges."""

from hypothesis import strategies as st

from coach.domain.pose import ANGLE_NAMES, BasePosture, Pose, load_range_of_motion
from tests.helpers import REPO_ROOT

RANGE_OF_MOTION = load_range_of_motion(REPO_ROOT / "resources" / "pose" / "range_of_motion.json")


def angle_values(name: str) -> st.SearchStrategy[float]:
    """Any value of the angle within its normal range."""
    limit = RANGE_OF_MOTION.limit(name)
    return st.floats(limit.minimum, limit.maximum, allow_nan=False, allow_infinity=False)


@st.composite
def poses(draw: st.DrawFn, base: BasePosture | None = None) -> Pose:
    """A pose with every angle anywhere within its normal range."""
    chosen = base if base is not None else draw(st.sampled_from(list(BasePosture)))
    return Pose(chosen).with_angles({name: draw(angle_values(name)) for name in ANGLE_NAMES})
