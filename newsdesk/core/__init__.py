"""The headless core: reading input, the page → article pipeline, text maps, entity
suggestion and export writers. Plain Python, no Qt.

Where a compiled build of the pipeline's modules exists for these very sources (see
``native``), it is put first on this package's path here, before any of them is imported."""

from .native import activate as _activate

_activate(__path__)
