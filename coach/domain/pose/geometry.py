"""Points and rotations in the figure's 3D space, in plain Python (the domain imports no numpy).

The space (`coach.domain.pose` documents it in full): metres, x to the figure's right, y up, z
forward (the way the figure faces when its base posture leaves it upright); a right-handed frame.
A `Rotation` is a 3x3 matrix; `about_x(a)` turns +y towards +z, `about_y(a)` turns +z towards +x
and `about_z(a)` turns +x towards +y, for a positive angle `a` in degrees.
"""

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Vec3:
    """A point or a direction (metres)."""

    x: float
    y: float
    z: float

    def __add__(self, other: "Vec3") -> "Vec3":
        return Vec3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other: "Vec3") -> "Vec3":
        return Vec3(self.x - other.x, self.y - other.y, self.z - other.z)

    def scaled(self, factor: float) -> "Vec3":
        return Vec3(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other: "Vec3") -> float:
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def distance(self, other: "Vec3") -> float:
        return (self - other).length()

    def mirrored(self) -> "Vec3":
        """The point reflected through the figure's midline (x negated)."""
        return Vec3(-self.x, self.y, self.z)


ORIGIN = Vec3(0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Rotation:
    """A rotation as a 3x3 matrix (rows); `a @ b` applies `b` first, then `a`."""

    xx: float
    xy: float
    xz: float
    yx: float
    yy: float
    yz: float
    zx: float
    zy: float
    zz: float

    def apply(self, v: Vec3) -> Vec3:
        return Vec3(
            self.xx * v.x + self.xy * v.y + self.xz * v.z,
            self.yx * v.x + self.yy * v.y + self.yz * v.z,
            self.zx * v.x + self.zy * v.y + self.zz * v.z,
        )

    def __matmul__(self, other: "Rotation") -> "Rotation":
        a, b = self, other
        return Rotation(
            a.xx * b.xx + a.xy * b.yx + a.xz * b.zx,
            a.xx * b.xy + a.xy * b.yy + a.xz * b.zy,
            a.xx * b.xz + a.xy * b.yz + a.xz * b.zz,
            a.yx * b.xx + a.yy * b.yx + a.yz * b.zx,
            a.yx * b.xy + a.yy * b.yy + a.yz * b.zy,
            a.yx * b.xz + a.yy * b.yz + a.yz * b.zz,
            a.zx * b.xx + a.zy * b.yx + a.zz * b.zx,
            a.zx * b.xy + a.zy * b.yy + a.zz * b.zy,
            a.zx * b.xz + a.zy * b.yz + a.zz * b.zz,
        )

    def axis_x(self) -> Vec3:
        """Where the rotation takes +x (a segment frame's "right")."""
        return Vec3(self.xx, self.yx, self.zx)

    def axis_y(self) -> Vec3:
        """Where the rotation takes +y (a segment frame's "up", along the segment)."""
        return Vec3(self.xy, self.yy, self.zy)

    def axis_z(self) -> Vec3:
        """Where the rotation takes +z (a segment frame's "forward")."""
        return Vec3(self.xz, self.yz, self.zz)


IDENTITY = Rotation(1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0)


def about_x(degrees: float) -> Rotation:
    """Turns +y towards +z (a positive angle tips an upright segment forward)."""
    c, s = _cos_sin(degrees)
    return Rotation(1.0, 0.0, 0.0, 0.0, c, -s, 0.0, s, c)


def about_y(degrees: float) -> Rotation:
    """Turns +z towards +x (a positive angle turns the front to the figure's right)."""
    c, s = _cos_sin(degrees)
    return Rotation(c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c)


def about_z(degrees: float) -> Rotation:
    """Turns +x towards +y (a positive angle tips an upright segment to the figure's left)."""
    c, s = _cos_sin(degrees)
    return Rotation(c, -s, 0.0, s, c, 0.0, 0.0, 0.0, 1.0)


def _cos_sin(degrees: float) -> tuple[float, float]:
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)
