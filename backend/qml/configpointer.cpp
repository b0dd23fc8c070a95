// SPDX-License-Identifier: GPL-3.0-or-later
#include "configpointer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

namespace byway::qml::pointer {
namespace {

QStringList tokens(const QString &pointer)
{
    QStringList t = pointer.split(QLatin1Char('/'));
    if (!t.isEmpty())
        t.removeFirst(); // the empty token before the leading '/'
    for (QString &s : t)
        s.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
    return t;
}

QJsonValue setIn(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int i = key.toInt(&isIndex);
    if (node.isArray() && isIndex && i >= 0) {
        QJsonArray a = node.toArray();
        while (a.size() <= i)
            a.append(QJsonObject{});
        a[i] = setIn(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    const QJsonValue child = setIn(o.value(key), path, value);
    if (child.isUndefined())
        o.remove(key);
    else
        o.insert(key, child);
    return o;
}

QStringList items(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("\\s*,\\s*")), Qt::SkipEmptyParts);
}

} // namespace

QJsonValue valueAt(const QJsonObject &doc, const QString &pointer)
{
    QJsonValue v = doc;
    for (const QString &t : tokens(pointer)) {
        if (v.isArray()) {
            bool ok = false;
            const int i = t.toInt(&ok);
            v = ok ? v.toArray().at(i) : QJsonValue(QJsonValue::Undefined);
        } else {
            v = v.toObject().value(t);
        }
    }
    return v;
}

QJsonObject setAt(const QJsonObject &doc, const QString &pointer, const QJsonValue &value)
{
    return setIn(doc, tokens(pointer), value).toObject();
}

bool covers(const QString &field, const QString &errorPath)
{
    return errorPath == field || errorPath.startsWith(field + QLatin1Char('/'));
}

QString toText(const QJsonValue &v, const QString &kind)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (kind == u"list") {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out.append(e.toString());
        return out.join(QStringLiteral(", "));
    }
    if (kind == u"users" || kind == u"masquerade") {
        const bool users = kind == u"users";
        QStringList out;
        for (const QJsonValue &e : v.toArray()) {
            const QJsonObject o = e.toObject();
            // A user's own exit is the third word ("alice 10.20.0.10 isp2").
            const QString exit = users ? o.value(u"exit").toString() : QString();
            out.append(users ? o.value(u"name").toString() + QLatin1Char(' ') + o.value(u"address").toString()
                                   + (exit.isEmpty() ? QString() : QLatin1Char(' ') + exit)
                             : o.value(u"source").toString() + QLatin1Char(' ') + o.value(u"out").toString());
        }
        return out.join(QStringLiteral(", "));
    }
    if (kind == u"bool")
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return kind == u"mark" ? QStringLiteral("0x%1").arg(qint64(v.toDouble()), 0, 16) : QString::number(qint64(v.toDouble()));
    return v.toString();
}

QJsonValue fromText(const QString &raw, const QString &kind)
{
    const QString text = raw.trimmed();
    if (kind == u"list")
        return QJsonArray::fromStringList(items(text));
    if (kind == u"users" || kind == u"masquerade") {
        const bool users = kind == u"users";
        QJsonArray out;
        for (const QString &item : items(text)) {
            const QStringList p = item.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QJsonObject o = users ? QJsonObject{{QStringLiteral("name"), p.value(0)}, {QStringLiteral("address"), p.value(1)}}
                                  : QJsonObject{{QStringLiteral("source"), p.value(0)}, {QStringLiteral("out"), p.value(1)}};
            if (users && p.size() > 2)
                o.insert(QStringLiteral("exit"), p.value(2));
            out.append(o);
        }
        return out;
    }
    if (kind == u"bool")
        return text == u"true";
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined); // optional members are left out, not sent empty
    if (kind == u"int" || kind == u"mark") {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok, 0);
        // Not a number: send the text, so the helper names the field ("type").
        return ok ? QJsonValue(double(n)) : QJsonValue(text);
    }
    return text;
}

} // namespace byway::qml::pointer
