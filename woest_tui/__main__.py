"""`python -m woest_tui` runs the command line."""

from woest_tui.cli.main import main

raise SystemExit(main())
