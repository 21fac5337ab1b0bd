"""Answers drafted by any OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp's server, OpenAI).

Optional: grounded mode needs none of this. The draft still goes through the citation guard.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

from assistant import prompts
from assistant.questions.question import Question
from assistant.search.passage import Passage

from .answer import Draft

STOP = ["\n\nPassages:", "\nQuestion:", "\n\n\n"]


class LLMConfigError(ValueError):
    """No endpoint configured, or a setting is invalid."""


class LLMError(RuntimeError):
    """The endpoint could not be reached or answered with an error."""


@dataclass(frozen=True)
class LLMSettings:
    """Where and how to call the model. `style` "completion" is for base models without a chat template."""

    url: str
    model: str = "default"
    key: str | None = None
    style: str = "chat"
    timeout: float = 120.0
    max_tokens: int = 300
    context_passages: int = 6

    @classmethod
    def from_environment(cls, url: str | None = None, model: str | None = None, key: str | None = None,
                         style: str | None = None) -> "LLMSettings":
        env = os.environ
        url = url or env.get("ASSISTANT_LLM_URL") or env.get("OPENAI_BASE_URL")
        if not url:
            raise LLMConfigError("no LLM endpoint configured: pass --llm-url or set ASSISTANT_LLM_URL "
                                 "(e.g. http://127.0.0.1:8080/v1)")
        style = style or env.get("ASSISTANT_LLM_STYLE") or "chat"
        if style not in ("chat", "completion"):
            raise LLMConfigError(f"LLM style must be chat or completion, not {style!r}")
        return cls(url.rstrip("/"), model or env.get("ASSISTANT_LLM_MODEL") or "default",
                   key or env.get("ASSISTANT_LLM_KEY") or env.get("OPENAI_API_KEY"), style)


def context_block(passages: list[Passage]) -> str:
    qualify = len({p.doc for p in passages}) > 1
    return "\n".join(f"[{p.key if qualify else p.id}] {p.text}" for p in passages)


class LLMGenerator:
    """Drafts answers with an LLM; the guard decides what survives."""

    mode = "llm"

    def __init__(self, settings: LLMSettings):
        self.settings = settings

    @classmethod
    def from_environment(cls, **overrides) -> "LLMGenerator":
        return cls(LLMSettings.from_environment(**overrides))

    def request(self, question: str, passages: list[Passage], stream: bool = False) -> tuple[str, dict]:
        s = self.settings
        context = context_block(passages[:s.context_passages])
        sentinel = prompts.no_answer()
        body = {"model": s.model, "max_tokens": s.max_tokens, "temperature": 0, "stream": stream}
        if s.style == "completion":
            prompt = prompts.render("completion", question=question, context=context, no_answer=sentinel)
            return "/completions", body | {"prompt": prompt, "stop": STOP}
        messages = [{"role": "system", "content": prompts.render("system", no_answer=sentinel)},
                    {"role": "user", "content": prompts.render("answer", question=question, context=context,
                                                                   no_answer=sentinel)}]
        return "/chat/completions", body | {"messages": messages}

    def complete(self, question: str, passages: list[Passage]) -> str:
        return "".join(self.stream(question, passages))

    def stream(self, question: str, passages: list[Passage]) -> Iterator[str]:
        """The model's answer text, piece by piece as the endpoint streams it."""
        import httpx  # imported lazily: only LLM mode talks HTTP

        path, body = self.request(question, passages, stream=True)
        headers = {"Authorization": f"Bearer {self.settings.key}"} if self.settings.key else {}
        url = self.settings.url + path
        try:
            with httpx.stream("POST", url, json=body, headers=headers, timeout=self.settings.timeout) as response:
                if response.status_code >= 400:
                    response.read()
                    raise LLMError(f"LLM endpoint {url} answered {response.status_code}: {response.text[:200]}")
                for line in response.iter_lines():
                    piece = _piece(line)
                    if piece:
                        yield piece
        except httpx.HTTPError as exc:
            raise LLMError(f"LLM endpoint {url} unreachable: {exc}") from None

    def draft(self, question: Question, passages: list[Passage]) -> Draft:
        return draft_from_output(self.complete(question.text, passages))


def draft_from_output(text: str) -> Draft:
    """The model's output as a draft; the no-answer sentinel (or nothing) means abstain."""
    text = text.strip()
    if not text or text.startswith(prompts.no_answer()):
        return Draft("", abstained=True)
    return Draft(text.split(prompts.no_answer())[0].strip())


def _piece(line: str) -> str:
    """Text of one server-sent event line of a chat or completion stream."""
    if not line.startswith("data:"):
        return ""
    data = line[5:].strip()
    if data == "[DONE]":
        return ""
    try:
        choice = json.loads(data)["choices"][0]
    except (ValueError, KeyError, IndexError):
        return ""
    return (choice.get("delta") or {}).get("content") or choice.get("text") or ""
