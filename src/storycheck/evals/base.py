"""What every evaluation shares: its result record, data lookup, splits, rendering."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..errors import StorycheckError
from ..output import write_text_atomic

DEFAULT_DATA_DIR = Path("../shared/data")
SPLITS = ("dev", "test")


class DataMissing(StorycheckError):
    """The labelled data set an evaluation needs is not where it was looked for."""


@dataclass(frozen=True, slots=True)
class Yardstick:
    """A published figure to print beside ours: ``metric`` is a key of ``EvalResult.metrics``."""

    metric: str
    value: float
    source: str


@dataclass(frozen=True, slots=True)
class EvalResult:
    dataset: str
    split: str
    metrics: dict[str, float]  # flat snake_case names
    yardsticks: tuple[Yardstick, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return {"dataset": self.dataset, "split": self.split, "metrics": {k: _round(v) for k, v in self.metrics.items()}}


def data_path(data_dir: str | Path, dataset: str, *files: str) -> Path:
    """The folder of ``dataset`` under ``data_dir``, checked to hold ``files``."""
    folder = Path(data_dir) / dataset
    missing = [f for f in files if not (folder / f).exists()]
    if not folder.is_dir() or missing:
        what = f"{folder}" if not folder.is_dir() else ", ".join(str(folder / f) for f in missing)
        raise DataMissing(f"data set {dataset!r} not found ({what} missing); pass --data DIR pointing at the shared data")
    return folder


def check_split(split: str) -> str:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    return split


def hashed_split(key: str) -> str:
    """A stable dev/test assignment for data sets that ship no split (CRC32 parity)."""
    return "dev" if zlib.crc32(key.encode("utf-8")) % 2 == 0 else "test"


def write_json(result: EvalResult, path: str | Path) -> None:
    write_text_atomic(path, json.dumps(result.to_dict(), indent=2) + "\n")


def render(result: EvalResult, console: Console | None = None) -> None:
    """Our figures, each beside its published yardstick where one exists."""
    console = console or Console()
    table = Table(title=f"{result.dataset} — {result.split}", title_justify="left")
    table.add_column("metric")
    table.add_column("storycheck", justify="right")
    table.add_column("yardstick", justify="right")
    table.add_column("yardstick source")
    sticks = {y.metric: y for y in result.yardsticks}
    for name, value in result.metrics.items():
        y = sticks.get(name)
        table.add_row(name, _fmt(value), _fmt(y.value) if y else "", y.source if y else "")
    console.print(table)
    for note in result.notes:
        console.print(f"[dim]{note}[/dim]")


def _fmt(value: float) -> str:
    return f"{value:,}" if float(value).is_integer() else f"{value:.4f}"


def _round(value: float) -> float:
    return value if float(value).is_integer() else round(value, 6)
