"""A comparison as one self-contained HTML page: the two texts side by side, insertions and deletions marked."""

from __future__ import annotations

import html

from .comparison import Comparison

STYLE = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse;width:100%}
td{vertical-align:top;padding:.4em;border-bottom:1px solid #ddd;width:45%}td.s{width:10%;color:#555}
ins{background:#d4f8d4;text-decoration:none}del{background:#f8d4d4}"""


def comparison_html(comparison: Comparison, only: str | None = None) -> str:
    """The page; `only` keeps the pairs of one status ("changed", "new", "dropped")."""
    rows = []
    for pair in comparison.pairs:
        if only and pair.status != only:
            continue
        left = "".join(_span(op, text, "a") for op, text in pair.diff) if pair.diff else _plain(pair.a_text)
        right = "".join(_span(op, text, "b") for op, text in pair.diff) if pair.diff else _plain(pair.b_text)
        rows.append(f"<tr><td><b>{html.escape(pair.a or '')}</b> {left}</td><td class=s>{pair.status}</td>"
                    f"<td><b>{html.escape(pair.b or '')}</b> {right}</td></tr>")
    title = f"{html.escape(comparison.a)} and {html.escape(comparison.b)}"
    return (f"<!doctype html><meta charset=utf-8><title>{title}</title><style>{STYLE}</style><h1>{title}</h1>"
            f"<p>{html.escape(comparison.summary)}</p><table>{''.join(rows)}</table>")


def _plain(text: str) -> str:
    return html.escape(text or "")


def _span(op: str, text: str, side: str) -> str:
    text = html.escape(text) + " "
    if op == "equal":
        return text
    if op == "delete":
        return f"<del>{text}</del>" if side == "a" else ""
    return f"<ins>{text}</ins>" if side == "b" else ""
