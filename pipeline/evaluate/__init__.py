"""Pure scoring functions, shared by ``rasd evaluate`` and the training commands."""
