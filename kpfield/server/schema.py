"""OpenAPI descriptions of what the routes read by hand (JSON and raw bodies, query and header parameters).

The routes parse their input themselves (bounded reads, signed-byte checks), so FastAPI cannot infer it; these
declarations make ``/openapi.json`` say what each endpoint takes, which clients and the schema fuzzer
(``tests/server/test_fuzz_schema.py``) rely on.
"""

from __future__ import annotations

_B64_KEY = {"type": "string", "description": "32-byte key, base64url without padding"}
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def json_body(properties: dict, required: list[str]) -> dict:
    """``openapi_extra`` for a JSON object request body."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "properties": properties, "required": required}}}}}


def raw_body(media_type: str = "application/octet-stream", extra: dict | None = None) -> dict:
    """``openapi_extra`` for an opaque byte request body."""
    return {"requestBody": {"required": True, "content": {media_type: {"schema": {"type": "string",
                                                                                   "format": "binary"}}}},
            **(extra or {})}


def _param(name: str, where: str, schema: dict, required: bool = False) -> dict:
    return {"name": name, "in": where, "required": required, "schema": schema}


UPLOAD_ID = _param("upload_id", "path", {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$"}, True)
SHA256_PATH = _param("sha256", "path", _SHA256, True)
DEVICE_ID = _param("device_id", "path", {"type": "string", "pattern": "^[a-z0-9]{1,64}$"}, True)
PAGE = {"parameters": [_param("after", "query", {"type": "integer", "minimum": 0}),
                       _param("limit", "query", {"type": "integer", "minimum": 1, "maximum": 1000})]}
RANGE = {"parameters": [SHA256_PATH, _param("Range", "header", {"type": "string", "pattern": "^bytes=[0-9]+-[0-9]*$"})]}
UPLOAD = {"parameters": [UPLOAD_ID]}
ENROLL = json_body({"token": {"type": "string"}, "role": {"type": "string", "enum": ["monitor", "coordinator"]},
                    "label": {"type": "string", "maxLength": 100}, "sign_key": _B64_KEY, "box_key": _B64_KEY},
                   ["token", "role", "sign_key", "box_key"])
RECIPIENTS = json_body({"v": {"type": "integer"}, "kind": {"type": "string"}, "issued_at": {"type": "integer"},
                        "signer": {"type": "string"}, "coordinators": {"type": "array", "items": {"type": "object"}},
                        "sig": {"type": "string"}}, ["v", "kind", "issued_at", "signer", "coordinators", "sig"])
DECLARE = json_body({"sha256": _SHA256, "size": {"type": "integer", "minimum": 1}}, ["sha256", "size"])
ACK = json_body({"message_ids": {"type": "array", "items": {"type": "string"}, "maxItems": 1000}},
                ["message_ids"])
CHUNK = raw_body("application/offset+octet-stream", {"parameters": [
    UPLOAD_ID, _param("Upload-Offset", "header", {"type": "integer", "minimum": 0}, True)]})
MESSAGE = raw_body()
MAILBOX_MESSAGE = raw_body(extra={"parameters": [DEVICE_ID]})
