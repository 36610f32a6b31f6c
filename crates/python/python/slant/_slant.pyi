"""Type stubs for the compiled half of the package (crates/python/src/lib.rs)."""

import os
from typing import Any, Dict, Iterable, List, Optional, Union

_Path = Union[str, "os.PathLike[str]"]
_Only = Union[str, Iterable[str], None]
_Id = Union[str, int, None]
Report = Dict[str, Any]

__version__: str

class WordListError(ValueError):
    """A wordlist could not be loaded; ``str(e)`` is the CLI's message."""

    file: str
    line: Optional[int]
    column: Optional[int]
    message: str

class Analyzer:
    """Compiled wordlists (built-in, plus ``wordlists``), reusable across texts and threads."""

    def __init__(self, wordlists: Union[_Path, Iterable[_Path], None] = None) -> None: ...
    def analyze(
        self, text: str, *, only: _Only = None, include_quoted: bool = True, id: _Id = None,
        min_confidence: Optional[float] = None,
    ) -> Report: ...
    def analyze_json(
        self, text: str, *, only: _Only = None, include_quoted: bool = True, id: _Id = None,
        min_confidence: Optional[float] = None,
    ) -> str: ...
    def analyze_many(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        *,
        ids: Optional[Iterable[_Id]] = None,
        only: _Only = None,
        include_quoted: bool = True,
        min_confidence: Optional[float] = None,
    ) -> List[Report]: ...
    def analyze_many_json(
        self,
        texts: Iterable[str],
        threads: Optional[int] = None,
        *,
        ids: Optional[Iterable[_Id]] = None,
        only: _Only = None,
        include_quoted: bool = True,
        min_confidence: Optional[float] = None,
    ) -> List[str]: ...
