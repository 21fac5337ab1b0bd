"""JSON API under /api/v1: retrieve, ask, documents, clauses, health. Bad input is a 4xx with {"error"}."""

from __future__ import annotations

import re
import threading
from typing import Annotated, Literal
from urllib.parse import unquote

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, BeforeValidator, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.answers.llm import LLMConfigError, LLMError
from assistant.questions.typed import MAX_QUESTION_CHARS, QuestionError
from assistant.search.filters import Filter, FilterError, search_documents

PREFIX = "/api/v1"
_SURROGATES = re.compile("[\ud800-\udfff]")


class ErrorBody(BaseModel):
    """What every 4xx and 5xx of the API answers."""

    error: str = Field(description="what was wrong, in one line", examples=["the question is empty"])


ERROR = {"model": ErrorBody, "description": "bad input, said in one line (a filter that matches nothing included: it "
                                           "names the filter, or the closest symbols held)"}
LLM_FAILED = {"model": ErrorBody, "description": "the LLM endpoint failed (LLM mode only)"}


class Filters(BaseModel):
    """Which resolutions to search; every condition given must hold (symbols: any of them)."""

    symbols: list[str] = Field([], max_length=100, description="resolutions by symbol", examples=[["A/RES/80/218"]])
    body: Literal["GA", "SC", "HRC"] | None = None
    session: int | None = Field(None, ge=1, le=200, strict=True, description="General Assembly session (78)")
    year: int | None = Field(None, ge=1945, le=2100, strict=True, description="year of adoption")
    title: str | None = Field(None, max_length=200, description="words every title must hold")

    def filter(self) -> Filter:
        return Filter(tuple(self.symbols), self.body, self.session, self.year, self.title)


# A lone surrogate ("\ud800", which no UTF-8 text holds) is read as U+FFFD, one character for one, so the
# length limits count what was sent; the rest of the normalising is the question reader's (questions.typed).
Question = Annotated[str, BeforeValidator(lambda v: _SURROGATES.sub("\ufffd", v) if isinstance(v, str) else v)]


class RetrieveRequest(BaseModel):
    question: Question = Field(min_length=1, max_length=MAX_QUESTION_CHARS,
                          description="a question in plain words, or a reference such as 'para. 4 (k)'",
                          examples=["Can migrant children be detained?"])
    k: int = Field(5, ge=1, le=100, strict=True, description="number of paragraphs")
    filters: Filters | None = None


class AskRequest(BaseModel):
    question: Question = Field(min_length=1, max_length=MAX_QUESTION_CHARS,
                          examples=["Which treaties are States urged to ratify?"])
    mode: Literal["grounded", "llm"] = "grounded"
    filters: Filters | None = None


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        loc = tuple(first.get("loc", ()))
        where = ".".join(str(part) for part in (loc[1:] if loc[:1] in (("body",), ("query",), ("path",)) else loc))
        if where == "question" and first.get("type") in ("string_too_short", "string_too_long"):
            return error(400, "the question is empty" if first["type"] == "string_too_short" else
                         f"the question is too long (the limit is {MAX_QUESTION_CHARS} characters)")
        return error(400, f"invalid request: {where + ': ' if where else ''}{first.get('msg', 'bad input')}")

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError):
        return error(exc.status, str(exc))


def make_router(assistant, ready: threading.Event | None = None) -> APIRouter:
    """The API's routes; `ready` is set once the models are loaded (health says "loading" until then)."""
    router = APIRouter(prefix=PREFIX, tags=["assistant"], responses={400: ERROR})

    @router.post("/retrieve", summary="Cited paragraphs for a question")
    def retrieve(body: RetrieveRequest) -> dict:
        try:
            passages = assistant.retrieve(body.question, body.k, where=_where(body.filters))
        except (QuestionError, FilterError) as exc:
            raise ApiError(400, str(exc)) from None
        return {"question": body.question, "passages": [p.to_dict() for p in passages]}

    @router.post("/ask", summary="An answer whose citations are verified", responses={502: LLM_FAILED})
    def ask(body: AskRequest) -> dict:
        try:
            return assistant.answer(body.question, mode=body.mode, where=_where(body.filters)).to_dict()
        except (QuestionError, FilterError) as exc:
            raise ApiError(400, str(exc)) from None
        except LLMConfigError as exc:
            raise ApiError(400, f"LLM mode is not available: {exc}") from None
        except LLMError as exc:
            raise ApiError(502, str(exc)) from None

    @router.get("/documents", summary="The resolutions in the index, a page at a time")
    def documents(q: str = Query("", max_length=200, description="words of the symbol or title"),
                  body: Literal["GA", "SC", "HRC"] | None = None, session: int | None = Query(None, ge=1, le=200),
                  year: int | None = Query(None, ge=1945, le=2100), page: int = Query(1, ge=1, le=10_000)) -> dict:
        return search_documents(assistant.documents, q, Filter(body=body, session=session, year=year), page)

    @router.get("/documents/{symbol:path}/clauses/{clause_id}", summary="One clause, e.g. A/RES/72/179 and OP4(b)",
                responses={404: ERROR})
    def clause(symbol: str, clause_id: str) -> dict:
        passage = assistant.clause(unquote(symbol), unquote(clause_id))
        if passage is None:
            raise ApiError(404, f"no clause {clause_id} in {unquote(symbol)}")
        return passage.to_dict()

    @router.get("/series", summary="The indexed resolutions of one series, oldest first")
    def series_of(title: str = Query(min_length=1, max_length=200, description="a title, or one resolution's "
                                     "symbol", examples=["Protection of migrants"])) -> dict:
        from assistant.compare.comparison import series

        found = series(assistant.documents, title)
        return {"title": title, "resolutions": [{k: d.get(k) for k in ("symbol", "title", "date")} for d in found]}

    @router.get("/compare", summary="Two resolutions paired paragraph by paragraph (what changed, new, dropped)")
    def compare_two(a: str = Query(min_length=1, max_length=60, examples=["A/RES/72/179"]),
                    b: str = Query(min_length=1, max_length=60, examples=["A/RES/80/218"])) -> dict:
        from assistant.compare.comparison import compare

        try:
            return compare(assistant.store, a, b).to_dict()
        except FilterError as exc:
            raise ApiError(400, str(exc)) from None

    @router.get("/health", summary="Liveness, readiness (\"loading\" until the models are loaded) and what is loaded")
    def health() -> dict:
        manifest = assistant.store.manifest
        status = "ok" if ready is None or ready.is_set() else "loading"
        return {"status": status, "documents": len(assistant.documents), "clauses": manifest.count,
                "model": manifest.model, "max_question_chars": MAX_QUESTION_CHARS}

    return router


def _where(filters: Filters | None) -> Filter | None:
    return filters.filter() if filters else None


def declared_errors(app: FastAPI) -> None:
    """The OpenAPI document as the server answers: 400 with {"error"} where FastAPI would declare 422, 405 for a
    method a path does not take, and no 422 anywhere (validation errors are 400 here)."""
    make = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = make()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                responses.pop("422", None)
                responses.setdefault("405", {"description": "method not allowed",
                                             "content": {"application/json": {"schema": {
                                                 "$ref": "#/components/schemas/ErrorBody"}}}})
        for unused in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(unused, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi


def route_not_found(app: FastAPI, routers: list[APIRouter]) -> None:
    """Anything under /api/v1 that no route of `routers` takes: 405 with Allow when the path exists for other methods (any
    method, QUERY and TRACE included), else 404; both {"error"}. Without it the UI mounted at / would answer
    with Gradio's own 404."""

    @app.middleware("http")
    async def unrouted(request: Request, call_next):
        path = request.url.path
        if not path.startswith(PREFIX + "/") and path != PREFIX:
            return await call_next(request)
        routes = [*(r for router in routers for r in router.routes),
                  *(r for r in app.routes if getattr(r, "path", "").startswith(PREFIX + "/"))]
        allowed = sorted({method for route in routes if route.path_regex.match(path)
                          for method in getattr(route, "methods", None) or ()})
        if request.method in allowed:
            return await call_next(request)
        if allowed:
            return JSONResponse({"error": f"{request.method} is not allowed here; use {', '.join(allowed)}"},
                                status_code=405, headers={"Allow": ", ".join(allowed)})
        return error(404, f"no API route {path}")
