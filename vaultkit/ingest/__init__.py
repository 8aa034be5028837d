"""Ingestion stages: discover, decode, repair, front matter, Markdown scan."""
