"""One module per stage. Each registers its factory with ``pipeline.core.registry``."""
