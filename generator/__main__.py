import sys

from generator.startup import prepare_process

prepare_process()

from generator.cli import main  # noqa: E402  (after the process is prepared)

sys.exit(main())
