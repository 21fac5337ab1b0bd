"""Markdown and HTML for the chat UI: answers, the citation panel, the document view."""

from __future__ import annotations

import html
import re

from assistant.answers.answer import Answer
from assistant.documents.citation import source_line
from assistant.search.passage import Passage


def answer_markdown(answer: Answer) -> str:
    """The answer with bold inline markers, followed by its sources."""
    text = re.sub(r"\[([^\]]+)\]", lambda m: f"**[{m.group(1)}]**", html.escape(answer.answer, quote=False))
    if not answer.citations:
        return text
    sources = "\n".join(f"- **{answer.marker(c)}** {c.citation}: “{html.escape(c.quote, quote=False)}”"
                        for c in answer.citations)
    return f"{text}\n\n**Sources**\n{sources}"


def citation_choice(doc: str, clause_id: str, citation: str) -> str:
    """Label of a citation in the picker; `choice_key` reads it back."""
    return f"[{clause_id}] {citation}"


def choice_key(choice: str, answer_docs: dict[str, str]) -> tuple[str, str] | None:
    match = re.match(r"\[([^\]]+)\] (.+)$", choice or "")
    if not match:
        return None
    return answer_docs.get(choice), match.group(1)


def panel_markdown(passage: Passage | None) -> str:
    if passage is None:
        return "*Click a citation to read the paragraph here.*"
    source = source_line(passage.doc_title, passage.doc_date)
    parts = [f"### {passage.citation}", f"*{passage.label} of {passage.doc} — {source}*", "",
             html.escape(passage.text, quote=False)]
    if passage.chapeau:
        parent = passage.id.split("(")[0]
        parts += ["", f"**Chapeau ({parent}):** {html.escape(passage.chapeau, quote=False)}"]
    return "\n".join(parts)


def shown_documents(records, highlighted: set[str]) -> list[str]:
    """The resolutions the Document tab shows: those an answer cites, else the first indexed one (a large
    index would otherwise send every paragraph of every resolution to the browser)."""
    cited = sorted({key.split("#", 1)[0] for key in highlighted})
    if cited or not records:
        return cited
    return [records[0].doc]


def document_html(records, highlighted: set[str], docs: list[str] | None = None) -> str:
    """The resolutions in `docs` (all when None), one paragraph per clause, cited clauses highlighted."""
    rows = []
    wanted = None if docs is None else set(docs)
    shown = [r for r in records if wanted is None or r.doc in wanted]
    current = None
    for r in shown:
        if r.doc != current:
            current = r.doc
            rows.append(f"<h3>{html.escape(r.doc)} — {html.escape(r.doc_title)}</h3>")
        key = f"{r.doc}#{r.clause.id}"
        text = html.escape(r.clause.text)
        indent = "margin-left:2em;" if r.clause.parent else ""
        body = f"<b>{html.escape(r.clause.id)}</b> {text}"
        if key in highlighted:
            body = f"<mark class='cited'>{body}</mark>"
        rows.append(f"<p id='{html.escape(key)}' style='{indent}'>{body}</p>")
    return "<div class='resolution'>" + "\n".join(rows) + "</div>"
