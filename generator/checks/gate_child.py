"""The early gate's child: reads batches of generated modules while render writes more.

Run by `generator.checks.early_gate` as `python -B -I <this file> ROOT SPOOL` (`-I`: nothing of
the environment or the user's site-packages; ROOT is the directory holding the `generator`
package). Each line on stdin is the number of a batch in the SPOOL directory; the child takes
it unless the generator has (`early_gate.read_batch`), reads it, and prints the number once the
readings are written. It ends when its input does: the generator is done with it, or was killed.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def main(root: str, spool: str) -> None:
    gc.disable()  # as in the generator (`startup`): each module's tree is freed by its last reference
    sys.path.insert(0, root)
    from generator.checks.early_gate import read_batch

    for line in sys.stdin:
        if read_batch(Path(spool), int(line)):
            print(int(line), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
