// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/exposition.h"

#include <QLocale>

#include <cmath>

namespace byway::metrics {
namespace {

const char *typeName(Type t)
{
    switch (t) {
    case Type::Counter: return "counter";
    case Type::Gauge: return "gauge";
    case Type::Histogram: return "histogram";
    }
    return "untyped";
}

} // namespace

QByteArray Exposition::escapeLabelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray Exposition::formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // Whole numbers (counts, bytes) without an exponent while exact in a double.
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

void Exposition::family(const char *name, Type type, const char *help)
{
    // Help texts are constants without backslashes or newlines.
    m_out += "# HELP ";
    m_out += name;
    m_out += ' ';
    m_out += help;
    m_out += "\n# TYPE ";
    m_out += name;
    m_out += ' ';
    m_out += typeName(type);
    m_out += '\n';
}

void Exposition::labels(const Labels &labels)
{
    if (labels.isEmpty())
        return;
    m_out += '{';
    bool first = true;
    for (const auto &[key, value] : labels) {
        if (!first)
            m_out += ',';
        first = false;
        m_out += key;
        m_out += "=\"";
        m_out += escapeLabelValue(value);
        m_out += '"';
    }
    m_out += '}';
}

void Exposition::sample(const char *name, const Labels &l, double value)
{
    m_out += name;
    labels(l);
    m_out += ' ';
    m_out += formatValue(value);
    m_out += '\n';
}

void Exposition::single(const char *name, Type type, const char *help, double value)
{
    family(name, type, help);
    sample(name, {}, value);
}

void Exposition::histogram(const char *name, const char *help, const QList<double> &bounds,
                           const QList<uint64_t> &counts, double sum, uint64_t count)
{
    family(name, Type::Histogram, help);
    const QByteArray base(name);
    const QByteArray bucket = base + "_bucket";
    for (qsizetype i = 0; i < bounds.size() && i < counts.size(); ++i)
        sample(bucket.constData(), {{"le", QString::fromLatin1(formatValue(bounds[i]))}}, double(counts[i]));
    sample(bucket.constData(), {{"le", QStringLiteral("+Inf")}}, double(count));
    sample((base + "_sum").constData(), {}, sum);
    sample((base + "_count").constData(), {}, double(count));
}

} // namespace byway::metrics
