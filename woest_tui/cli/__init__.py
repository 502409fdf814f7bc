"""The command line: `woest run`, `validate`, `summary`, `compare`, `merge`."""
