// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/jsonreader.h"

#include <QRegularExpression>

#include <cmath>

namespace byway::config {

void JsonReader::error(const QString &path, const char *code, msg::Id id, QJsonObject args)
{
    FieldError fe;
    fe.path = path;
    fe.code = QString::fromLatin1(code);
    fe.id = id.toString();
    fe.message = msg::english(fe.id, args);
    fe.args = std::move(args);
    m_errors.append(std::move(fe));
}

QString JsonReader::join(const QString &path, const QString &key)
{
    QString k = key;
    k.replace(QLatin1Char('~'), QStringLiteral("~0"));
    k.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return path + QLatin1Char('/') + k;
}

QString JsonReader::join(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

void JsonReader::onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool found = false;
        for (const char *k : known)
            found = found || it.key() == QLatin1String(k);
        if (!found)
            error(join(path, it.key()), "unknown", msg::Id("config.setting.unknown"), {{QStringLiteral("name"), it.key()}});
    }
}

QJsonObject JsonReader::object(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        error(join(path, QLatin1String(key)), "type", msg::Id("config.type.object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        error(join(path, QLatin1String(key)), "type", msg::Id("config.type.array"));
        return {};
    }
    return v.toArray();
}

QString JsonReader::string(const QJsonObject &o, const char *key, const QString &path, const QString &def,
                           bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(join(path, QLatin1String(key)), "required", msg::Id("config.required"));
        return def;
    }
    if (!v.isString()) {
        error(join(path, QLatin1String(key)), "type", msg::Id("config.type.string"));
        return def;
    }
    if (required && v.toString().isEmpty())
        error(join(path, QLatin1String(key)), "required", msg::Id("config.required.nonempty"));
    return v.toString();
}

bool JsonReader::boolean(const QJsonObject &o, const char *key, const QString &path, bool def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return def;
    if (!v.isBool()) {
        error(join(path, QLatin1String(key)), "type", msg::Id("config.type.bool"));
        return def;
    }
    return v.toBool();
}

qint64 JsonReader::integer(const QJsonObject &o, const char *key, const QString &path, qint64 def, qint64 min,
                           qint64 max, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString p = join(path, QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(p, "required", msg::Id("config.required"));
        return def;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
        error(p, "type", msg::Id("config.type.integer"));
        return def;
    }
    if (d < double(min) || d > double(max)) {
        // Not qint64(d): a whole number beyond ±2^63 does not convert (UB, found by fuzz_config).
        error(p, "range", msg::Id("config.range.between"),
              {{QStringLiteral("min"), QString::number(min)}, {QStringLiteral("max"), QString::number(max)},
               {QStringLiteral("value"), QString::number(d, 'f', 0)}});
        return def;
    }
    return qint64(d);
}

quint32 JsonReader::u32(const QJsonObject &o, const char *key, const QString &path, quint32 def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString()) {
        const QString s = v.toString();
        bool ok = false;
        const qulonglong n = s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? s.mid(2).toULongLong(&ok, 16)
                                                                                     : s.toULongLong(&ok, 10);
        if (!ok || n > 0xffffffffULL) {
            error(join(path, QLatin1String(key)), "format", msg::Id("config.format.u32"), {{QStringLiteral("value"), s}});
            return def;
        }
        return quint32(n);
    }
    return quint32(integer(o, key, path, def, 0, 0xffffffffLL));
}

QStringList JsonReader::strings(const QJsonObject &o, const char *key, const QString &path)
{
    QStringList out;
    const QJsonArray a = array(o, key, path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            error(join(join(path, QLatin1String(key)), i), "type", msg::Id("config.type.string"));
        else
            out.append(a.at(i).toString());
    }
    return out;
}

Prefix JsonReader::prefix(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const QString s = string(o, key, path, {}, required);
    if (s.isEmpty())
        return {};
    auto p = Prefix::parse(s);
    if (!p) {
        error(join(path, QLatin1String(key)), "format", msg::Id("config.format.prefix"), {{QStringLiteral("value"), s}});
        return {};
    }
    return *p;
}

QHostAddress JsonReader::address(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const QString s = string(o, key, path, {}, required);
    if (s.isEmpty())
        return {};
    const std::optional<QHostAddress> a = parseAddress(s);
    if (!a) {
        error(join(path, QLatin1String(key)), "format", msg::Id("config.format.address"), {{QStringLiteral("value"), s}});
        return {};
    }
    return *a;
}

bool isInterfaceName(const QString &s)
{
    // The kernel's dev_valid_name(): 1..15 bytes, not "." or "..", no '/', ':' or whitespace.
    if (s.isEmpty() || s.toUtf8().size() > 15 || s == QLatin1String(".") || s == QLatin1String(".."))
        return false;
    // NUL too: the kernel's names are C strings (and rule ids made from them
    // would be cut short in the kernel).
    for (QChar c : s)
        if (c == QLatin1Char('/') || c == QLatin1Char(':') || c.isSpace() || c == QLatin1Char('*') || c.isNull())
            return false;
    return true;
}

bool isInterfacePattern(const QString &s)
{
    if (s.endsWith(QLatin1Char('*'))) {
        const QString stem = s.chopped(1);
        // nftables matches "vpns*" as a prefix; a bare "*" would match every interface.
        return !stem.isEmpty() && isInterfaceName(stem);
    }
    return isInterfaceName(s);
}

bool isObjectName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    return re.match(s).hasMatch();
}

} // namespace byway::config
