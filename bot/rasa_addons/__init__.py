"""Thin glue between the Rasa-free library in ``bot`` and Rasa's NLU pipeline and policies.

Referenced by class path from ``config.yml``; nothing outside this package imports Rasa.
"""
