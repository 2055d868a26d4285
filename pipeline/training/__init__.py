"""Training commands (``rasd train ...``): each writes an artifact and its card under ``models/``."""
