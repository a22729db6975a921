"""feeds: poll many sources, store each story once, republish per-category feeds.

The pipeline, one module per stage::

    config -> schedule -> fetch -> parse -> normalize -> categorize -> dedupe
           -> store -> publish -> serve

``pipeline`` joins the stages for one source; ``service`` runs them on a
schedule beside the HTTP ``server``; ``cli`` is the command line.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
