"""The HTTP API over real HTTP: answers with citations, 4xx with a JSON error on bad input, never a 500."""

import httpx
import pytest

from tests.ui.conftest import start_server

pytestmark = pytest.mark.slow


def test_health(server):
    data = httpx.get(f"{server}/api/v1/health").json()
    assert data["status"] == "ok" and data["clauses"] == 92


def test_ask_answers_with_citations(server):
    data = httpx.post(f"{server}/api/v1/ask", json={"question": "Can migrant children be detained?"}, timeout=60).json()
    assert data["citations"][0]["id"] == "OP4(b)"
    assert data["citations"][0]["citation"] == "A/RES/72/179, para. 4 (b)"
    assert "[OP4(b)]" in data["answer"] and data["abstained"] is False


def test_retrieve(server):
    data = httpx.post(f"{server}/api/v1/retrieve", json={"question": "para. 4(k)", "k": 2}).json()
    assert [p["id"] for p in data["passages"]][0] == "OP4(k)" and len(data["passages"]) == 2


def test_documents_and_clause(server):
    docs = httpx.get(f"{server}/api/v1/documents").json()
    assert docs["total"] == 1 and docs["documents"][0]["symbol"] == "A/RES/72/179"
    assert docs["documents"][0] == {"symbol": "A/RES/72/179", "title": "Protection of migrants", "date": "2017-12-19",
                                    "clauses": 92, "body": "GA", "session": 72, "year": 2017}  # no server paths
    clause = httpx.get(f"{server}/api/v1/documents/A/RES/72/179/clauses/OP4(b)").json()
    assert clause["citation"] == "A/RES/72/179, para. 4 (b)" and clause["chapeau"].endswith("and therefore:")
    encoded = httpx.get(f"{server}/api/v1/documents/A%2FRES%2F72%2F179/clauses/PP10").json()
    assert encoded["label"] == "preambular paragraph 10"


def test_openapi_schema(server):
    schema = httpx.get(f"{server}/api/v1/openapi.json").json()
    assert {"/api/v1/ask", "/api/v1/retrieve", "/api/v1/documents", "/api/v1/health"} <= set(schema["paths"])
    ask = schema["paths"]["/api/v1/ask"]["post"]
    assert "422" not in ask["responses"] and {"400", "405"} <= set(ask["responses"])
    question = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert question["minLength"] == 1 and question["maxLength"] == 1000


@pytest.mark.parametrize("method, path, body, status, message", [
    ("post", "/api/v1/ask", {"question": ""}, 400, "empty"),
    ("post", "/api/v1/ask", {"question": "x" * 5000}, 400, "too long"),
    ("post", "/api/v1/ask", {}, 400, "question"),
    ("post", "/api/v1/ask", {"question": "children", "mode": "poetry"}, 400, "mode"),
    ("post", "/api/v1/ask", {"question": "children", "mode": "llm"}, 400, "LLM mode is not available"),
    ("post", "/api/v1/retrieve", {"question": "children", "k": 0}, 400, "k"),
    ("post", "/api/v1/retrieve", {"question": "children", "k": "many"}, 400, "k"),
    ("post", "/api/v1/retrieve", ["not", "an", "object"], 400, "invalid request"),
    ("post", "/api/v1/retrieve", {"question": "children", "k": True}, 400, "k"),
    ("post", "/api/v1/retrieve", {"question": "children", "filters": {"symbols": ["A/RES/72/197"]}}, 400,
     "A/RES/72/197 is not in the index; closest: A/RES/72/179"),
    ("post", "/api/v1/ask", {"question": "children", "filters": {"session": 79}}, 400,
     "no indexed resolution matches session 79"),
    ("post", "/api/v1/ask", {"question": "children", "filters": {"body": "UN"}}, 400, "body"),
    ("post", "/api/v1/ask", {"question": "A/RES/72/179"}, 400, "nothing left to search"),
    ("post", "/api/v1/retrieve", {"question": "—"}, 400, "nothing left to search"),
    ("get", "/api/v1/documents/A/RES/72/179/clauses/OP99", None, 404, "no clause OP99"),
    ("get", "/api/v1/documents/A/RES/1/1/clauses/OP1", None, 404, "no clause"),
    ("get", "/api/v1/ask", None, 405, "GET is not allowed here; use POST"),
    ("delete", "/api/v1/health", None, 405, "use GET"),
    ("get", "/api/v1/no-such-route", None, 404, "no API route /api/v1/no-such-route"),
    ("query", "/api/v1/health", None, 405, "QUERY is not allowed here; use GET"),
])
def test_bad_input_is_a_4xx_with_json_error(server, method, path, body, status, message):
    response = httpx.request(method.upper(), f"{server}{path}", json=body, timeout=30)
    assert response.status_code == status
    assert message in response.json()["error"]


def test_filters_restrict_what_is_searched(server):
    data = httpx.post(f"{server}/api/v1/retrieve", json={"question": "children", "k": 3,
                                                       "filters": {"symbols": ["72/179"], "year": 2017}}).json()
    assert len(data["passages"]) == 3 and {p["doc"] for p in data["passages"]} == {"A/RES/72/179"}
    found = httpx.get(f"{server}/api/v1/documents", params={"q": "migrants", "session": 72}).json()
    assert found["total"] == 1 and httpx.get(f"{server}/api/v1/documents", params={"q": "trade"}).json()["total"] == 0


def test_a_lone_surrogate_is_read_and_the_connection_lives(server):
    with httpx.Client(base_url=server, timeout=60) as client:  # one keep-alive connection for every request
        body = b'{"question": "\\ud800 Can migrant children be detained?"}'
        first = client.post("/api/v1/ask", content=body, headers={"content-type": "application/json"})
        assert first.status_code == 200 and first.json()["citations"][0]["id"] == "OP4(b)"
        assert client.post("/api/v1/ask", json={"question": "Can migrant children be detained?"}).status_code == 200
        assert client.get("/api/v1/health").status_code == 200


def test_health_says_loading_until_the_models_are_ready(assistant):
    import threading

    from assistant.ui.api import make_router
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    ready, app = threading.Event(), FastAPI()
    app.include_router(make_router(assistant, ready))
    client = TestClient(app)
    assert client.get("/api/v1/health").json()["status"] == "loading"
    ready.set()
    assert client.get("/api/v1/health").json()["status"] == "ok"


def test_malformed_json_body(server):
    response = httpx.post(f"{server}/api/v1/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and "error" in response.json()


def test_gradio_named_endpoints_through_gradio_client(server):
    from gradio_client import Client

    client = Client(server + "/", verbose=False)
    answer = client.predict("Can migrant children be detained?", "grounded", api_name="/ask")
    assert answer["citations"][0]["id"] == "OP4(b)"
    passages = client.predict("PP10", 1, api_name="/retrieve")
    assert passages[0]["id"] == "PP10"


PROBED = [("GET", "/"), ("GET", "/config"), ("GET", "/gradio_api/info"), ("POST", "/gradio_api/queue/join"),
          ("GET", "/gradio_api/file=/etc/passwd"), ("GET", "/file=/etc/passwd"), ("GET", "/api/v1/openapi.json"),
          ("GET", "/api/v1/docs"), ("GET", "/api/v1/documents"), ("POST", "/api/v1/ask"), ("POST", "/api/v1/retrieve"),
          ("GET", "/api/v1/documents/A/RES/72/179/clauses/OP1"), ("GET", "/api/v1/nowhere"), ("GET", "/nowhere"),
          ("POST", "/api/v1/documents")]


def test_files_outside_the_app_are_never_served(server):
    for path in ("/file=/etc/passwd", "/gradio_api/file=/etc/passwd", "/gradio_api/file=../../../../etc/passwd",
                 "/file=%2e%2e/%2e%2e/etc/passwd"):
        response = httpx.get(f"{server}{path}")
        assert response.status_code in (400, 403, 404) and "root:" not in response.text, path


def test_basic_auth_from_environment(index_dir):
    process, url = start_server(index_dir, {"ASSISTANT_AUTH": "delegate:s3cret"})
    try:
        assert httpx.get(f"{url}/api/v1/health").status_code == 401
        assert httpx.get(f"{url}/").status_code == 401
        assert httpx.get(f"{url}/api/v1/health", auth=("delegate", "wrong")).status_code == 401
        assert httpx.get(f"{url}/api/v1/health", auth=("delegate", "s3cret")).status_code == 200
        for method, path in PROBED:  # the API's routes, Gradio's own, and ones that exist nowhere
            assert httpx.request(method, f"{url}{path}").status_code == 401, path
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_series_and_compare(server):
    found = httpx.get(f"{server}/api/v1/series", params={"title": "Protection of migrants"}).json()
    assert [r["symbol"] for r in found["resolutions"]] == ["A/RES/72/179"]
    same = httpx.get(f"{server}/api/v1/compare", params={"a": "72/179", "b": "A/RES/72/179"}, timeout=60).json()
    assert same["counts"] == {"unchanged": 92} and "same text" in same["summary"]
    assert set(same["pairs"][0]) == {"a", "b", "status", "similarity", "diff"}
    missing = httpx.get(f"{server}/api/v1/compare", params={"a": "72/179", "b": "80/218"})
    assert missing.status_code == 400 and "80/218 is not in the index" in missing.json()["error"]
