// SPDX-License-Identifier: GPL-3.0-or-later
// Prometheus text exposition format 0.0.4: what a scrape of /metrics reads.
// https://prometheus.io/docs/instrumenting/exposition_formats/
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <utility>

namespace byway::metrics {

inline constexpr char kContentType[] = "text/plain; version=0.0.4; charset=utf-8";

// name -> value; values are escaped on output (\\, \" and newlines).
using Labels = QList<std::pair<QByteArray, QString>>;

enum class Type { Counter, Gauge, Histogram };

// Writes one family at a time: family() for its # HELP and # TYPE lines, then
// its samples. Names are the caller's constants (byway_..., checked by the
// unit test); only label values and help text come from data.
class Exposition
{
public:
    void family(const char *name, Type type, const char *help);
    // Prometheus keeps every value as a float64, counters too.
    void sample(const char *name, const Labels &labels, double value);
    // A family with one unlabelled sample.
    void single(const char *name, Type type, const char *help, double value);
    // Cumulative buckets (counts[i] = observations <= bounds[i]), +Inf = count.
    void histogram(const char *name, const char *help, const QList<double> &bounds, const QList<uint64_t> &counts,
                   double sum, uint64_t count);

    [[nodiscard]] const QByteArray &text() const { return m_out; }
    [[nodiscard]] QByteArray take() { return std::exchange(m_out, {}); }

    [[nodiscard]] static QByteArray escapeLabelValue(const QString &value);
    [[nodiscard]] static QByteArray formatValue(double value);

private:
    void labels(const Labels &labels);

    QByteArray m_out;
};

} // namespace byway::metrics
