"""Care Navigator's custom actions: thin wrappers that read slots, call ``bot``, and reply.

Every module of this package is imported here, so every ``Action`` subclass in it registers itself with
the action server: a new pathway's ``actions/<name>.py`` needs no line here.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    if not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")
