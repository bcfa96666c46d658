"""Batch romanization: MARC records, CSV and JSONL tables, on one core or a Dask cluster."""
