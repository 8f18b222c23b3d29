"""`python -m desktop` is the same as the `neuron-lab` command."""

import sys

from desktop.cli import main

sys.exit(main())
