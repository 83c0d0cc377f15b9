# Hand-written client runtime, copied verbatim by `make regen`: edit templates/runtime/, never generated/.
"""Hand-written runtime behind every generated operation: client, errors, retries, dates, pages.

This package is written by hand in `templates/runtime/` and the regen copies it verbatim into
the generated package as `altegio_activity._runtime`. Edit it there, never in `generated/`:
the next regen overwrites the copy. Modules import each other relatively and depend only on the
standard library, httpx, attrs and typing_extensions, so the copy works wherever it lands.
"""
