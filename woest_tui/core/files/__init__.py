"""Files on disk: TOML read and written safely, questionnaires and results found and loaded."""
