"""Benchmarks that hold woest against bare Textual and bare Python (issue 7); `python -m bench`."""
