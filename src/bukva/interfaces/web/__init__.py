"""The web service: a REST API (FastAPI) and the page that uses it."""
