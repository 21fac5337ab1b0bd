"""Across versions: the resolutions of one series, and two resolutions' paragraphs paired (what changed, what is
new, what was dropped)."""
