"""Thin glue between the Rasa-free library in ``bot`` and Rasa's NLU pipeline and policies.

Referenced by class path from ``config.yml`` and ``endpoints.yml``; nothing outside this package imports
Rasa. Rasa imports this package whenever it loads the model: it first checks that the parts of Rasa's
insides this package relies on are as expected (:mod:`.guard`), then installs :mod:`.speedups`.
"""

from bot.rasa_addons import guard, speedups

guard.check()
speedups.install()
