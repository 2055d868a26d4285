"""The notebook runs from top to bottom (so it cannot rot) and is committed without outputs."""

from __future__ import annotations

import nbformat  # the dev extras: pip install -e '.[dev]'
import pytest

from .conftest import REPO

NOTEBOOK = REPO / "notebooks" / "rasd_dev_gold.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code), \
        "clear the outputs before committing (jupyter nbconvert --clear-output --inplace)"


@pytest.mark.slow
def test_notebook_runs_on_the_dev_gold():
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the plots were drawn
    text = "".join(o.get("text", "") for o in outputs)
    assert "gold articles in" in text and "articles 10" in text
