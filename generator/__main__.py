from generator.startup import leave, prepare_process

prepare_process()

from generator.cli import main  # noqa: E402  (after the process is prepared)

leave(main())
