"""Importers of coded datasets: each turns rows into :class:`~notatarget.domain.Mention` s with a
:class:`~notatarget.domain.SourceRecord`. Shared reading (CSV/XLSX, HXL rows, cell parsing) is in
:mod:`notatarget.intake.datasets.common`."""

from notatarget.errors import RejectedRows
from notatarget.intake.datasets.common import Table, read_table
from notatarget.intake.datasets.insecurity_insight import ImportResult, read_insecurity_insight

__all__ = ["ImportResult", "RejectedRows", "Table", "read_insecurity_insight", "read_table"]
