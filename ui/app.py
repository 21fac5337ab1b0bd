"""The Gradio chat UI: ask, read the cited paragraphs in a side panel, read the whole resolution."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.answers.llm import LLMConfigError, LLMError, LLMGenerator, draft_from_output
from assistant.questions.typed import MAX_QUESTION_CHARS, QuestionError, check_question
from assistant.search.filters import Filter, FilterError, search_documents

from .render import answer_markdown, citation_choice, document_html, panel_markdown, shown_documents

EXAMPLES = [
    "Can migrant children be detained?",
    "Which treaties are States urged to ratify?",
    "What does paragraph 4 (k) say?",
    "What does the resolution say about remittances?",
    "Does the resolution mention the principle of non-refoulement?",
]
CSS = ".resolution mark.cited { background: #fff3a3; } .resolution p { margin: 0.4em 0; }"


def build_app(assistant, allow_uploads: bool = False):
    """The Blocks app; named API endpoints: /ask and /retrieve (for gradio_client). With `allow_uploads`, a file
    box adds a resolution to the index and to the picker."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr  # imported lazily: only the server needs Gradio

    with gr.Blocks(title="UN resolution assistant") as app:
        cited = gr.State({})  # picker label -> document symbol, for the last answer
        gr.Markdown("## UN resolution assistant\nAsk about the indexed resolutions; every answer cites "
                    "the paragraphs it rests on, in the UN's own citation form.")
        with gr.Tabs():
            with gr.Tab("Chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(label="Conversation", height=460, elem_id="chat")
                        question = gr.Textbox(label="Your question", placeholder="e.g. Can migrant children "
                                              "be detained?", max_lines=4, elem_id="question")
                        scope = gr.Dropdown(document_choices(assistant.documents), multiselect=True,
                                            label="Resolutions to search (none chosen: all of them)",
                                            filterable=True, elem_id="scope")
                        if allow_uploads:
                            upload = gr.File(label="Add a resolution (.txt or .pdf, up to 10 MB)",
                                             file_types=[".txt", ".pdf"], elem_id="upload")
                            added = gr.Markdown("", elem_id="upload-status")
                        with gr.Row():
                            send = gr.Button("Ask", variant="primary", elem_id="ask")
                            clear = gr.Button("Clear")
                        gr.Examples(EXAMPLES, inputs=question, label="Examples")
                        with gr.Accordion("Settings", open=False):
                            mode = gr.Radio(["grounded", "llm"], value="grounded", label="Mode",
                                            info="grounded: the resolution's own words, no LLM; llm: an "
                                                 "OpenAI-compatible endpoint ($ASSISTANT_LLM_URL)")
                            k = gr.Slider(1, 10, value=8, step=1, label="Paragraphs the answer may draw on (k)")
                    with gr.Column(scale=2):
                        picker = gr.Radio([], label="Citations (click to open)", elem_id="citations")
                        panel = gr.Markdown(panel_markdown(None), elem_id="panel")
                        copy = gr.Textbox(label="Copy citation", buttons=["copy"], interactive=False,
                                          elem_id="copy-citation")
            with gr.Tab("Compare"):
                choices = document_choices(assistant.documents)
                with gr.Row():
                    first = gr.Dropdown(choices, label="Earlier resolution (A)", filterable=True, elem_id="compare-a")
                    second = gr.Dropdown(choices, label="Later resolution (B)", filterable=True, elem_id="compare-b")
                    only = gr.Radio(["all", "changed", "new", "dropped"], value="all", label="Show")
                compare_button = gr.Button("Compare", elem_id="compare")
                with gr.Row():
                    with gr.Column(scale=3):
                        compared = gr.HTML("", elem_id="comparison")
                    with gr.Column(scale=2):
                        paragraph = gr.Dropdown([], label="Open a compared paragraph", filterable=True,
                                                elem_id="compare-paragraph")
                        compare_panel = gr.Markdown(panel_markdown(None), elem_id="compare-panel")
                        compare_copy = gr.Textbox(label="Copy citation", buttons=["copy"], interactive=False,
                                                  elem_id="compare-copy")
            with gr.Tab("Document"):
                total = len(assistant.documents)
                if total > 1:
                    gr.Markdown(f"{total} resolutions are indexed; this tab shows the ones the last answer "
                                "cites (before any answer, the first).")
                document = gr.HTML(_document(assistant, set()), elem_id="document")

        def respond(message, history, mode, k, chosen):
            history = list(history or [])
            try:
                message = check_question(message)
                assistant.read(message)  # the one validation every search goes through ("nothing left to search")
            except QuestionError as exc:
                yield history + [_assistant(f"⚠️ {exc}. Please type a question in words, of up to "
                                            f"{MAX_QUESTION_CHARS} characters.")], "", gr.update(), {}, gr.update()
                return
            history.append({"role": "user", "content": message})
            answer, note = None, ""
            where = Filter(tuple(choice.split(" — ", 1)[0] for choice in chosen or ())) or None
            try:
                for kind, value in _answers(assistant, message, mode, int(k), where):
                    if kind == "partial":
                        yield history + [_assistant(value)], "", gr.update(), {}, gr.update()
                    elif kind == "note":
                        note = value + "\n\n"
                    else:
                        answer = value
            except FilterError as exc:  # the question names a resolution the picker leaves out
                yield history + [_assistant(f"⚠️ {exc}.")], "", gr.update(), {}, gr.update()
                return
            choices = {citation_choice(c.doc, c.id, c.citation): c.doc for c in answer.citations}
            highlighted = {f"{c.doc}#{c.id}" for c in answer.citations}
            yield (history + [_assistant(note + answer_markdown(answer))], "",
                   gr.update(choices=list(choices), value=None), choices,
                   _document(assistant, highlighted))

        def open_citation(choice, cited_docs):
            if not choice or choice not in cited_docs:
                return panel_markdown(None), ""
            clause_id = choice.split("]", 1)[0].lstrip("[")
            passage = assistant.clause(cited_docs[choice], clause_id)
            return panel_markdown(passage), passage.citation if passage else ""

        outputs = [chat, question, picker, cited, document]
        send.click(respond, [question, chat, mode, k, scope], outputs, api_visibility="private")
        question.submit(respond, [question, chat, mode, k, scope], outputs, api_visibility="private")
        picker.change(open_citation, [picker, cited], [panel, copy], api_visibility="private")
        clear.click(lambda: ([], gr.update(choices=[], value=None), {}, panel_markdown(None), ""), None,
                    [chat, picker, cited, panel, copy], api_visibility="private")

        def ask(question: str, mode: str = "grounded") -> dict:
            """Answer a question; returns the answer JSON of `assistant ask --json`."""
            return assistant.answer(question, mode=mode).to_dict()

        def retrieve(question: str, k: int = 5) -> list[dict]:
            """The k paragraphs that best answer the question."""
            return [p.to_dict() for p in assistant.retrieve(question, int(k))]

        if allow_uploads:
            upload.upload(lambda path: _uploaded(assistant, path), upload, [added, scope, upload],
                          api_visibility="private")

        def open_compared(choice):
            passage = assistant.clause(*choice.split(" ", 1)[0].split("#", 1)) if choice else None
            return panel_markdown(passage), passage.citation if passage else ""

        compare_button.click(lambda a, b, shown: _compared(assistant, a, b, shown), [first, second, only],
                             [compared, paragraph], api_visibility="private")
        paragraph.change(open_compared, paragraph, [compare_panel, compare_copy], api_visibility="private")

        gr.api(ask, api_name="ask")
        gr.api(retrieve, api_name="retrieve")
    return app, CSS


def _compared(assistant, a: str | None, b: str | None, shown: str):
    """The Compare tab's page (two picked resolutions side by side, insertions and deletions marked), and the
    paragraphs it shows offered to open in the citation panel ("A/RES/80/218#OP5(b) — changed")."""
    import gradio as gr

    from assistant.compare.comparison import compare
    from assistant.compare.html import comparison_html

    if not a or not b:
        return "<p>Pick two resolutions.</p>", gr.update(choices=[], value=None)
    first, second = (choice.split(" — ", 1)[0] for choice in (a, b))  # the picker shows "SYMBOL — title"
    try:
        comparison = compare(assistant.store, first, second)
    except FilterError as exc:
        return f"<p>⚠️ {exc}</p>", gr.update(choices=[], value=None)
    only = None if shown == "all" else shown
    pairs = [pair for pair in comparison.pairs if not only or pair.status == only]
    opened = [f"{doc}#{side} — {pair.status}" for pair in pairs
              for doc, side in ((comparison.a, pair.a), (comparison.b, pair.b)) if side]
    return comparison_html(comparison, only), gr.update(choices=opened, value=None)


def _uploaded(assistant, path: str | None):
    """Index an uploaded file (ui.uploads, as POST /api/v1/documents does); the status line and the picker."""
    import gradio as gr

    from .api import ApiError
    from .uploads import MAX_UPLOAD_BYTES, add_upload

    if not path:
        return "", gr.update(), None
    try:
        data = Path(path).read_bytes()
        if len(data) > MAX_UPLOAD_BYTES:
            raise ApiError(413, f"the file is larger than {MAX_UPLOAD_BYTES >> 20} MB")
        document = add_upload(assistant, Path(path).name, data, None)
    except ApiError as exc:
        return f"⚠️ {exc}", gr.update(), None
    note = (f"Added {document['symbol']} ({document['clauses']} paragraphs); {document['documents']} "
            "resolutions are indexed.")
    return note, gr.update(choices=document_choices(assistant.documents)), None


def _document(assistant, highlighted: set[str]) -> str:
    return document_html(assistant.records, highlighted, shown_documents(assistant.records, highlighted))


def _assistant(text: str) -> dict:
    return {"role": "assistant", "content": text}


def _answers(assistant, message: str, mode: str, k: int, where: Filter | None = None):
    """Yield ("partial", text) while an LLM streams, maybe a ("note", text), then ("answer", Answer).

    k is how many retrieved paragraphs the answer may draw on; `where`, the resolutions it may draw them from.
    """
    if mode != "llm":
        yield "answer", assistant.answer(message, k=k, where=where)
        return
    try:
        generator = LLMGenerator.from_environment()
        passages = assistant.context(message, k, where=where)  # what the answer is drafted from
        text = ""
        for piece in generator.stream(message, passages):
            text += piece
            yield "partial", text + " ▌"
        yield "answer", assistant.answer(message, generator=_Replay(text), k=k, where=where)
    except (LLMConfigError, LLMError) as exc:
        yield "note", f"⚠️ LLM mode is not available ({exc}); this is the grounded answer."
        yield "answer", assistant.answer(message, k=k, where=where)


def document_choices(documents: list[dict]) -> list[str]:
    """The picker's entries, "A/RES/80/218 — Protection of migrants", newest first."""
    return [f"{d['symbol']} — {d['title']}" for d in search_documents(documents, size=len(documents) or 1)["documents"]]


class _Replay:
    """An answer generator returning text already streamed, so the guard checks exactly what was shown."""

    mode = "llm"

    def __init__(self, text: str):
        self.text = text

    def draft(self, question, passages):
        return draft_from_output(self.text)
