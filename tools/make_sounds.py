"""Write the short cue sounds in resources/sounds/ (16-bit mono WAV, which QSoundEffect plays on
every platform). Run again after changing a tone: `.venv/bin/python tools/make_sounds.py`."""

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# name: list of (frequency Hz, seconds) notes, played one after another
CUES: dict[str, list[tuple[float, float]]] = {
    "start": [(660.0, 0.12), (880.0, 0.22)],  # a hold or movement begins
    "relax": [(523.3, 0.18)],  # let go between holds
    "switch": [(784.0, 0.1), (0.0, 0.06), (784.0, 0.1)],  # change sides
    "rest": [(440.0, 0.16), (349.2, 0.26)],  # rest between sets
    "done": [(523.3, 0.12), (659.3, 0.12), (784.0, 0.3)],  # routine finished
    "tick": [(1046.5, 0.05)],  # one movement rep
}


def samples(notes: list[tuple[float, float]]) -> bytes:
    frames = bytearray()
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for i in range(count):
            fade = min(1.0, i / (0.01 * RATE), (count - i) / (0.04 * RATE))  # no clicks
            value = 0.0
            if frequency:
                t = i / RATE
                value = math.sin(2 * math.pi * frequency * t) + 0.3 * math.sin(
                    4 * math.pi * frequency * t
                )
            frames += struct.pack("<h", int(9000 * fade * value))
    return bytes(frames)


def main() -> None:
    SOUNDS.mkdir(parents=True, exist_ok=True)
    for name, notes in CUES.items():
        with wave.open(str(SOUNDS / f"{name}.wav"), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(samples(notes))


if __name__ == "__main__":
    main()
