import sys

from generator.diff.cli import main

sys.exit(main())
