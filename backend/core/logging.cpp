// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

// Debug is off by default everywhere; info and above are on.
Q_LOGGING_CATEGORY(lcControl, "byway.control", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "byway.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "byway.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNft, "byway.nft", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRoute, "byway.route", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReconcile, "byway.reconcile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTun, "byway.tun", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPacket, "byway.packet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetstack, "byway.netstack", QtInfoMsg)
Q_LOGGING_CATEGORY(lcForwarder, "byway.forwarder", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "byway.client", QtInfoMsg)

namespace byway::logging {
namespace {

struct Entry {
    const char *name;
    const QLoggingCategory &(*get)();
};

const Entry kEntries[] = {
    {"control", lcControl},   {"config", lcConfig},     {"probe", lcProbe},
    {"nft", lcNft},           {"route", lcRoute},       {"reconcile", lcReconcile},
    {"tun", lcTun},           {"packet", lcPacket},     {"netstack", lcNetstack},
    {"forwarder", lcForwarder},
};

} // namespace

const QStringList &categoryNames()
{
    static const QStringList names = [] {
        QStringList l;
        for (const auto &e : kEntries)
            l.append(QLatin1String(e.name));
        return l;
    }();
    return names;
}

QLoggingCategory *category(const QString &shortName)
{
    for (const auto &e : kEntries)
        if (shortName == QLatin1String(e.name))
            return const_cast<QLoggingCategory *>(&e.get());
    return nullptr;
}

bool setDebug(const QString &shortName, bool on)
{
    QLoggingCategory *c = category(shortName);
    if (!c)
        return false;
    c->setEnabled(QtDebugMsg, on);
    return true;
}

bool isDebug(const QString &shortName)
{
    const QLoggingCategory *c = category(shortName);
    return c && c->isDebugEnabled();
}

} // namespace byway::logging
