"""The one error an index folder gives: missing, corrupt, busy, unwritable, or built for another model."""


class IndexProblem(RuntimeError):
    """The index folder is missing, corrupt, being written by another build, cannot be written, or was built
    for another model or corpus; the message is one line."""
