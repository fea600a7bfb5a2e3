"""The read-only JSON API (``/api/v1/``): the catalogue for other programs to read.

- ``views.py``: the ``NinjaAPI``, its endpoints and how errors answer.
- ``schemas.py``: what each answer holds, as typed schemas (the OpenAPI schema comes
  from them); ``records.py`` turns loaded programmes into those records.
- ``parameters.py``: the list's query parameters, documented from the finder's own
  forms, which also validate them: the API filters exactly as the programme list does.
- ``limits.py``: the per-client rate limit.
"""
