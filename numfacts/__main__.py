import sys

from numfacts.cli import main

sys.exit(main())
