// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/http.h"

#include <QList>

namespace byway::metrics {

std::optional<std::pair<qsizetype, qsizetype>> findHeadEnd(const QByteArray &buffer)
{
    if (const qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0)
        return std::pair{end, qsizetype(4)};
    if (const qsizetype end = buffer.indexOf("\n\n"); end >= 0)
        return std::pair{end, qsizetype(2)};
    return std::nullopt;
}

std::optional<HttpRequest> parseHead(QByteArray head)
{
    const QList<QByteArray> lines = head.replace("\r\n", "\n").split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.") || first[0].isEmpty() || first[1].isEmpty())
        return std::nullopt;
    HttpRequest r;
    r.method = first[0];
    const qsizetype query = first[1].indexOf('?');
    r.path = query < 0 ? first[1] : first[1].left(query);
    const bool http10 = first[2] == "HTTP/1.0";
    r.close = http10;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray raw = line.mid(colon + 1).trimmed();
        const QByteArray value = raw.toLower();
        if (name == "connection")
            r.close = value.contains("close") || (http10 && !value.contains("keep-alive"));
        else if (name == "content-length")
            r.body = r.body || value != "0";
        else if (name == "transfer-encoding")
            r.body = true;
        else if (name == "authorization")
            r.authorization = raw;
    }
    return r;
}

QByteArray httpResponse(int status, const char *reason, const QByteArray &contentType, const QByteArray &body,
                        bool close, bool headOnly, const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly)
        out += body;
    return out;
}

QByteArray httpText(int status, const char *reason, const QByteArray &text, bool close, const QByteArray &extraHeaders)
{
    return httpResponse(status, reason, "text/plain; charset=utf-8", text + '\n', close, false, extraHeaders);
}

} // namespace byway::metrics
