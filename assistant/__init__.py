"""Question answering over UN resolutions with exact paragraph citations.

    from assistant import Assistant
    assistant = Assistant.open()                  # index and model, loaded once
    assistant.retrieve("Can migrant children be detained?", k=5)
    assistant.answer("Which treaties are States urged to ratify?")
    assistant.retrieve("...", where=Filter(session=78, title="migrants"))  # from assistant import Filter
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    # Lazy: importing the package (e.g. for the CLI's --help) must not load torch.
    if name == "Assistant":
        from .pipeline import Assistant

        return Assistant
    if name == "Filter":
        from .search.filters import Filter

        return Filter
    raise AttributeError(name)
