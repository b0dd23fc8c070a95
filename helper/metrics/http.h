// SPDX-License-Identifier: GPL-3.0-or-later
// The little of HTTP/1.1 that /metrics needs, shared by the plain listener
// (HttpServer) and the remote TLS listener (a connection that starts with
// "GET " instead of a JSON-RPC line).
#pragma once

#include <QByteArray>

#include <optional>
#include <utility>

namespace byway::metrics {

inline constexpr int kMaxRequestHead = 8192; // request line and headers

struct HttpRequest {
    QByteArray method;
    QByteArray path;          // without the query
    QByteArray authorization; // the header's value as sent (tokens are case-sensitive)
    bool close = false;       // Connection: close, or HTTP/1.0 without keep-alive
    bool body = false;        // Content-Length > 0 or Transfer-Encoding
};

// Where the head in `buffer` ends: {index of the blank line, its length}, or
// nullopt while it is incomplete.
[[nodiscard]] std::optional<std::pair<qsizetype, qsizetype>> findHeadEnd(const QByteArray &buffer);
// One request head (request line and headers, without the blank line);
// nullopt when it is not HTTP/1.x.
[[nodiscard]] std::optional<HttpRequest> parseHead(QByteArray head);

[[nodiscard]] QByteArray httpResponse(int status, const char *reason, const QByteArray &contentType,
                                      const QByteArray &body, bool close, bool headOnly = false,
                                      const QByteArray &extraHeaders = {});
// A short text/plain answer (errors).
[[nodiscard]] QByteArray httpText(int status, const char *reason, const QByteArray &text, bool close,
                                  const QByteArray &extraHeaders = {});

} // namespace byway::metrics
