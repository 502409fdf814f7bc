"""The CLI's subcommands: each a thin face over the domain."""
