"""Readers (archives in) and writers (documents, tables, databases out)."""
