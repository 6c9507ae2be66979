"""The sync server's FastAPI application: routes, JSON errors, request logging without secrets or payloads."""

from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kpfield.server import routes_devices, routes_feed, routes_trust, routes_uploads
from kpfield.server.context import ServerConfig, ServerContext
from kpfield.server.guard import ApiError, TokenBuckets
from kpfield.server.limits import RequestLimits

log = logging.getLogger("kpfield.server")
access_log = logging.getLogger("kpfield.server.access")


class AccessLog:
    """Pure ASGI middleware: one JSON line per request (method, route, status, device, bytes, ms).

    It never logs bodies, query strings, headers or client addresses: signatures, nonces and cursors have no
    place in a log that could be seized with the server.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.monotonic()
        outcome = {"status": 0, "bytes_out": 0}
        received = {"bytes_in": 0}

        async def counting_receive():
            message = await receive()
            if message["type"] == "http.request":
                received["bytes_in"] += len(message.get("body", b""))
            return message

        async def logging_send(message):
            if message["type"] == "http.response.start":
                outcome["status"] = message["status"]
            elif message["type"] == "http.response.body":
                outcome["bytes_out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, logging_send)
        finally:
            route = scope.get("route")
            access_log.info(json.dumps({
                "method": scope["method"], "route": getattr(route, "path", "?"), "status": outcome["status"],
                "device": scope.get("state", {}).get("device_id"), "bytes_in": received["bytes_in"],
                "bytes_out": outcome["bytes_out"], "ms": int((time.monotonic() - started) * 1000)}))


def create_app(config: ServerConfig | None = None, *, context: ServerContext | None = None) -> FastAPI:
    """The server application.

    :param config: configuration; a :class:`ServerContext` (key, SQLite, blob folder) is opened from it.
    :param context: an already open context (e.g. with other storage backends); closed with the app.
    """
    if context is None:
        if config is None:
            raise ValueError("give a config or a context")
        context = ServerContext(config)

    @asynccontextmanager
    async def lifespan(app):
        yield
        context.close()

    app = FastAPI(title="KP Field sync server", version="1", lifespan=lifespan,
                  description="Stores end-to-end encrypted envelopes and routing metadata; see PROTOCOL_HTTP.md.")
    app.state.ctx = context
    # Rate limits run on a monotonic clock, unless the server's clock was replaced (tests freeze or move it).
    rate_clock = time.monotonic if context.config.clock is time.time else context.config.clock
    app.state.buckets = TokenBuckets(context.config.rate_per_s, context.config.rate_burst, clock=rate_clock,
                                     max_keys=context.config.rate_max_keys)
    app.state.busy_uploads = set()
    for module in (routes_devices, routes_uploads, routes_feed, routes_trust):
        app.include_router(module.router)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": "bad_request", "message": "The request's parameters are malformed."},
                            status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        codes = {404: "not_found", 405: "method_not_allowed"}
        return JSONResponse({"error": codes.get(exc.status_code, "http_error"), "message": str(exc.detail)},
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.error('{"event": "internal_error", "type": "%s"}', type(exc).__name__, exc_info=exc)
        return JSONResponse({"error": "internal", "message": "The server failed; try again later."},
                            status_code=500)

    config = context.config
    app.add_middleware(RequestLimits, max_body_bytes=config.max_body_bytes,
                       body_idle_timeout_s=config.body_idle_timeout_s, body_timeout_s=config.body_timeout_s,
                       send_timeout_s=config.send_timeout_s, drain_timeout_s=config.drain_timeout_s)
    app.add_middleware(AccessLog)  # outermost: it also logs what RequestLimits refused
    return app
