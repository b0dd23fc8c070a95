// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/mark.h"

#include <QRegularExpression>
#include <QStringList>

namespace byway::route {

std::optional<quint32> parseMark(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+')))
        return std::nullopt;
    bool ok = false;
    const qulonglong v = t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? t.mid(2).toULongLong(&ok, 16)
                                                                                 : t.toULongLong(&ok, 10);
    if (!ok || v > 0xffffffffull)
        return std::nullopt;
    return quint32(v);
}

QProcessEnvironment markedEnvironment(QProcessEnvironment base, quint32 mark, const QString &preloadPath)
{
    base.insert(QString::fromLatin1(kMarkEnv), QStringLiteral("0x") + QString::number(mark, 16));
    // ld.so separates LD_PRELOAD entries by spaces or colons.
    QStringList preload = base.value(QStringLiteral("LD_PRELOAD")).split(QRegularExpression(QStringLiteral("[: ]")), Qt::SkipEmptyParts);
    preload.removeAll(preloadPath);
    preload.prepend(preloadPath);
    base.insert(QStringLiteral("LD_PRELOAD"), preload.join(QLatin1Char(':')));
    return base;
}

} // namespace byway::route
