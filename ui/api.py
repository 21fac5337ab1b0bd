"""JSON API under /api/v1: retrieve, ask, documents, clauses, health. Bad input is a 4xx with {"error"}."""

from __future__ import annotations

from typing import Literal
from urllib.parse import unquote

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from assistant.answers.llm import LLMConfigError, LLMError
from assistant.questions.typed import MAX_QUESTION_CHARS, QuestionError

PREFIX = "/api/v1"


class RetrieveRequest(BaseModel):
    question: str = Field(description="a question in plain words, or a reference such as 'para. 4 (k)'",
                          examples=["Can migrant children be detained?"])
    k: int = Field(5, ge=1, le=100, description="number of paragraphs")


class AskRequest(BaseModel):
    question: str = Field(examples=["Which treaties are States urged to ratify?"])
    mode: Literal["grounded", "llm"] = "grounded"


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        return error(400, f"invalid request: {where + ': ' if where else ''}{first.get('msg', 'bad input')}")

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError):
        return error(exc.status, str(exc))


def make_router(assistant) -> APIRouter:
    router = APIRouter(prefix=PREFIX, tags=["assistant"])

    @router.post("/retrieve", summary="Cited paragraphs for a question")
    def retrieve(body: RetrieveRequest) -> dict:
        try:
            passages = assistant.retrieve(body.question, body.k)
        except QuestionError as exc:
            raise ApiError(400, str(exc)) from None
        return {"question": body.question, "passages": [p.to_dict() for p in passages]}

    @router.post("/ask", summary="An answer whose citations are verified")
    def ask(body: AskRequest) -> dict:
        try:
            return assistant.answer(body.question, mode=body.mode).to_dict()
        except QuestionError as exc:
            raise ApiError(400, str(exc)) from None
        except LLMConfigError as exc:
            raise ApiError(400, f"LLM mode is not available: {exc}") from None
        except LLMError as exc:
            raise ApiError(502, str(exc)) from None

    @router.get("/documents", summary="The resolutions in the index")
    def documents() -> list[dict]:
        return assistant.documents

    @router.get("/documents/{symbol:path}/clauses/{clause_id}", summary="One clause, e.g. A/RES/72/179 and OP4(b)")
    def clause(symbol: str, clause_id: str) -> dict:
        passage = assistant.clause(unquote(symbol), unquote(clause_id))
        if passage is None:
            raise ApiError(404, f"no clause {clause_id} in {unquote(symbol)}")
        return passage.to_dict()

    @router.get("/health", summary="Liveness and what is loaded")
    def health() -> dict:
        manifest = assistant.store.manifest
        return {"status": "ok", "documents": len(assistant.documents), "clauses": manifest.count,
                "model": manifest.model, "max_question_chars": MAX_QUESTION_CHARS}

    return router
