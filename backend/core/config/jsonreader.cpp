// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/jsonreader.h"

#include <QRegularExpression>

#include <cmath>

namespace byway::config {

void JsonReader::error(const QString &path, const char *code, const QString &message)
{
    m_errors.append({path, QString::fromLatin1(code), message});
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
            error(join(path, it.key()), "unknown", QStringLiteral("unknown setting \"%1\"").arg(it.key()));
    }
}

QJsonObject JsonReader::object(const QJsonObject &o, const char *key, const QString &path)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        error(join(path, QLatin1String(key)), "type", QStringLiteral("must be an object"));
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
        error(join(path, QLatin1String(key)), "type", QStringLiteral("must be an array"));
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
            error(join(path, QLatin1String(key)), "required", QStringLiteral("is required"));
        return def;
    }
    if (!v.isString()) {
        error(join(path, QLatin1String(key)), "type", QStringLiteral("must be a string"));
        return def;
    }
    if (required && v.toString().isEmpty())
        error(join(path, QLatin1String(key)), "required", QStringLiteral("must not be empty"));
    return v.toString();
}

bool JsonReader::boolean(const QJsonObject &o, const char *key, const QString &path, bool def)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return def;
    if (!v.isBool()) {
        error(join(path, QLatin1String(key)), "type", QStringLiteral("must be true or false"));
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
            error(p, "required", QStringLiteral("is required"));
        return def;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d)) {
        error(p, "type", QStringLiteral("must be a whole number"));
        return def;
    }
    if (d < double(min) || d > double(max)) {
        // Not qint64(d): a whole number beyond ±2^63 does not convert (UB, found by fuzz_config).
        error(p, "range", QStringLiteral("must be between %1 and %2 (is %3)").arg(min).arg(max).arg(d, 0, 'f', 0));
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
            error(join(path, QLatin1String(key)), "format",
                  QStringLiteral("must be a 32-bit number, decimal or 0x-hex (is \"%1\")").arg(s));
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
            error(join(join(path, QLatin1String(key)), i), "type", QStringLiteral("must be a string"));
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
        error(join(path, QLatin1String(key)), "format",
              QStringLiteral("\"%1\" is not an address with a prefix length like 10.20.0.0/24").arg(s));
        return {};
    }
    return *p;
}

QHostAddress JsonReader::address(const QJsonObject &o, const char *key, const QString &path, bool required)
{
    const QString s = string(o, key, path, {}, required);
    if (s.isEmpty())
        return {};
    QHostAddress a;
    if (!a.setAddress(s) || s.contains(QLatin1Char('/')) || s.contains(QLatin1Char('%'))) {
        error(join(path, QLatin1String(key)), "format", QStringLiteral("\"%1\" is not an IP address").arg(s));
        return {};
    }
    return a;
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
