// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/messages/messages.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace byway::msg {
namespace {

const QHash<QString, const Template *> &index()
{
    static const QHash<QString, const Template *> table = [] {
        QHash<QString, const Template *> h;
        for (const Template *t : all())
            h.insert(QString::fromLatin1(t->id), t);
        return h;
    }();
    return table;
}

const char *partOf(const Template &t, Part part)
{
    switch (part) {
    case Part::Text: return t.text;
    case Part::Consequence: return t.consequence;
    case Part::Fix: return t.fix;
    }
    return nullptr;
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << valueText(e);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

} // namespace

QList<const Template *> all()
{
    QList<const Template *> out;
    for (auto area : {probeMessages(), configMessages(), reconcileMessages()})
        for (const Template &t : area)
            out.append(&t);
    return out;
}

const Template *find(const QString &id)
{
    return index().value(id, nullptr);
}

QString fill(const QString &tmpl, const QJsonObject &args)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\{([A-Za-z0-9_]+)\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(tmpl); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(tmpl).mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        out += args.contains(name) ? valueText(args.value(name)) : m.captured(0);
        at = m.capturedEnd();
    }
    out += QStringView(tmpl).mid(at);
    return out;
}

QString english(const QString &id, const QJsonObject &args, Part part)
{
    const Template *t = find(id);
    if (!t) {
        // Only bywayd's own code calls this, with literal ids: an unknown one
        // is a typo or a template someone forgot to add (see tst_messages).
        qCWarning(lcControl).noquote() << "message id" << id << "is not registered in core/messages";
        if (part != Part::Text)
            return {};
        return args.isEmpty() ? id
                              : QStringLiteral("%1 %2").arg(id, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    }
    const char *text = partOf(*t, part);
    return text ? fill(QString::fromUtf8(text), args) : QString();
}

QString translated(const QString &id, const QJsonObject &args, Part part, const QString &fallback)
{
    const Template *t = find(id);
    if (!t) {
        // A newer bywayd's id: its own English words, quietly.
        if (!fallback.isEmpty() || part != Part::Text)
            return fallback;
        return args.isEmpty() ? id
                              : QStringLiteral("%1 %2").arg(id, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)));
    }
    const char *text = partOf(*t, part);
    return text ? fill(QCoreApplication::translate("Messages", text), args) : QString();
}

} // namespace byway::msg
