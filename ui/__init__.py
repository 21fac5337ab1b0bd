"""The chat UI (Gradio) and the JSON API (FastAPI), served together (installed as `assistant.ui`)."""
