"""One server: the Gradio chat UI at / and the JSON API under /api/v1, on 127.0.0.1 by default."""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import threading

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from .api import PREFIX, declared_errors, install_error_handlers, make_router, route_not_found
from .uploads import make_upload_router


def auth_from_environment() -> tuple[str, str] | None:
    """ASSISTANT_AUTH="user:password" turns on HTTP basic auth for the UI and the API."""
    value = os.environ.get("ASSISTANT_AUTH", "")
    if not value:
        return None
    user, _, password = value.partition(":")
    if not user or not password:
        raise ValueError("ASSISTANT_AUTH must look like user:password")
    return user, password


def _authorized(header: str | None, expected: tuple[str, str]) -> bool:
    if not header or not header.lower().startswith("basic "):
        return False
    try:
        user, _, password = base64.b64decode(header[6:]).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return secrets.compare_digest(user, expected[0]) and secrets.compare_digest(password, expected[1])


def _load_models(assistant, ready: threading.Event) -> None:
    """Load the model and what the first search reads (one question answered), so no user waits for it."""
    try:
        assistant.answer("Which paragraphs concern the protection of migrants?")
    finally:
        ready.set()


def create_app(assistant, auth: tuple[str, str] | None = None, allow_uploads: bool = False) -> FastAPI:
    """The FastAPI app with the API routes and the Gradio UI mounted at /; `allow_uploads` lets
    POST /api/v1/documents and the UI add resolutions to the served index."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr  # imported lazily: only the server needs Gradio

    from .app import build_app

    app = FastAPI(title="UN resolution assistant API", version="1", docs_url=f"{PREFIX}/docs",
                  openapi_url=f"{PREFIX}/openapi.json", redoc_url=None)
    install_error_handlers(app)
    ready = threading.Event()
    router, uploads = make_router(assistant, ready), make_upload_router(assistant, allow_uploads)
    app.include_router(router)
    app.include_router(uploads)
    route_not_found(app, [router, uploads])
    declared_errors(app)
    threading.Thread(target=_load_models, args=(assistant, ready), daemon=True, name="load-models").start()

    if auth:
        @app.middleware("http")
        async def basic_auth(request: Request, call_next):
            if _authorized(request.headers.get("authorization"), auth):
                return await call_next(request)
            if request.url.path.startswith(PREFIX):
                return JSONResponse({"error": "authentication required"}, status_code=401,
                                    headers={"WWW-Authenticate": 'Basic realm="assistant"'})
            return Response("authentication required", status_code=401,
                            headers={"WWW-Authenticate": 'Basic realm="assistant"'})

    blocks, css = build_app(assistant, allow_uploads)
    return gr.mount_gradio_app(app, blocks, path="/", css=css, footer_links=["api"], ssr_mode=False)


def serve(assistant, host: str = "127.0.0.1", port: int = 7860, allow_uploads: bool = False) -> None:
    import uvicorn

    app = create_app(assistant, auth_from_environment(), allow_uploads)
    print(f"Serving the chat UI on http://{host}:{port}/ and the API on http://{host}:{port}{PREFIX}/docs",
          flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
