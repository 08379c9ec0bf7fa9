"""What one encoder batch costs by its size: the figure behind sharing batches between parses.

    .venv/bin/python -m bench.encoder_batches [--seconds 4]

Prints, for batches of 1, 2, 4 and 8 patient-like messages (the load benchmark's typed openers), the
milliseconds a batch takes and per message. Run it on a quiet machine; it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import time
from typing import List, Optional

from bench.workload import pool
from bot.encoder import SentenceEncoder


def openers() -> List[str]:
    return [text for texts in pool()["openers"].values() for text in texts]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.encoder_batches", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--seconds", type=float, default=4.0, help="timed seconds per batch size")
    args = parser.parse_args(argv)
    encoder = SentenceEncoder.load()
    texts = itertools.cycle(openers())
    print("batch  ms/batch  ms/message")
    for size in (1, 2, 4, 8):
        encoder.encode([next(texts) for _ in range(size)])  # warm
        runs, start = 0, time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            encoder.encode([next(texts) for _ in range(size)])
            runs += 1
        each = (time.perf_counter() - start) / runs * 1000
        print(f"{size:5d}  {each:8.1f}  {each / size:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
